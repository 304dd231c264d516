import { defineRule } from "../../../src";
import { durationSeconds } from "../lib/iso-duration";
import type {} from "../../../src/types/aws/ssoadmin";

const DEFAULT_MAXIMUM = "PT8H";
/** IAM Identity Center's default when sessionDuration is not set. */
const SSO_DEFAULT = "PT1H";

export default defineRule({
    id: "access-sso-permission-set-session-duration",
    title: "IAM Identity Center sessions are no longer than the configured limit",
    description:
        "A permission set's session duration is how long the account credentials from one IAM Identity Center sign-in keep working, even after the person's access is revoked in the identity provider. Shorter sessions make revocation take effect sooner.",
    severity: "low",
    service: "sso",
    tags: ["session", "human-access"],
    remediation:
        'Set `sessionDuration` on the `aws.ssoadmin.PermissionSet` to the limit or less (e.g. `sessionDuration: "PT4H"`), or leave it unset for the default of one hour. Environments can tighten the limit with `maxSessionDuration`.',
    defaultLevel: "advisory",
    configSchema: {
        properties: {
            maxSessionDuration: {
                type: "string",
                pattern: "^PT(?:[0-9]+H)?(?:[0-9]+M)?(?:[0-9]+S)?$",
                description: 'Longest acceptable sessionDuration, as an ISO 8601 duration (AWS allows "PT1H" to "PT12H").',
            },
        },
    },
    configDefaults: { maxSessionDuration: DEFAULT_MAXIMUM },
    examples: {
        violating: [
            {
                resources: [
                    {
                        type: "aws:ssoadmin/permissionSet:PermissionSet",
                        name: "administrators",
                        props: { instanceArn: "arn:aws:sso:::instance/ssoins-7223a1b5c3e0d9f1", name: "Administrators", sessionDuration: "PT12H" },
                    },
                ],
            },
        ],
        compliant: [
            {
                resources: [
                    {
                        type: "aws:ssoadmin/permissionSet:PermissionSet",
                        name: "administrators",
                        props: { instanceArn: "arn:aws:sso:::instance/ssoins-7223a1b5c3e0d9f1", name: "Administrators", sessionDuration: "PT2H" },
                    },
                ],
            },
        ],
    },
    resourceType: "aws:ssoadmin/permissionSet:PermissionSet",
    validate(props, ctx) {
        const configured = ctx.config.maxSessionDuration;
        const limitText = durationSeconds(configured) !== undefined ? String(configured).trim().toUpperCase() : DEFAULT_MAXIMUM;
        const limit = durationSeconds(limitText) as number;
        const value = props.sessionDuration ?? SSO_DEFAULT;
        const seconds = durationSeconds(value);
        // A value that is not a duration is left to the provider to reject.
        if (seconds === undefined || seconds <= limit) return;
        ctx.report({
            message: `Permission set \`${ctx.name}\` allows sessions of ${String(value).trim().toUpperCase()}, longer than the limit of ${limitText}.`,
            propertyPath: "sessionDuration",
        });
    },
});
