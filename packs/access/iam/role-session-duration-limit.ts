import { defineRule } from "../../../src";
import type {} from "../../../src/types/aws/iam";

/** AWS's own bounds for a role's maximum session duration, in seconds. */
const AWS_DEFAULT = 3600;
const AWS_MAXIMUM = 43200;
const DEFAULT_LIMIT = 28800;

function hours(seconds: number): string {
    const h = seconds / 3600;
    return Number.isInteger(h) ? `${h} hour${h === 1 ? "" : "s"}` : `${Math.round(h * 10) / 10} hours`;
}

export default defineRule({
    id: "access-iam-role-session-duration-limit",
    title: "Role sessions are no longer than the configured limit",
    description:
        "A role's maximum session duration is how long credentials from one sign-in keep working, even after the person is offboarded or the laptop is stolen. Shorter sessions make leaked session credentials expire sooner.",
    severity: "low",
    service: "iam",
    tags: ["session", "human-access"],
    remediation:
        "Lower `maxSessionDuration` on the `aws.iam.Role` (in seconds, e.g. `maxSessionDuration: 3600`), or leave it unset for AWS's default of one hour. Tighten the limit per environment with `maxSessionDurationSeconds`.",
    defaultLevel: "advisory",
    configSchema: {
        properties: {
            maxSessionDurationSeconds: {
                type: "integer",
                minimum: AWS_DEFAULT,
                maximum: AWS_MAXIMUM,
                description: "Longest acceptable maxSessionDuration, in seconds (AWS allows 3600 to 43200).",
            },
        },
    },
    configDefaults: { maxSessionDurationSeconds: DEFAULT_LIMIT },
    examples: {
        violating: [
            {
                description: "12-hour sessions",
                resources: [
                    {
                        type: "aws:iam/role:Role",
                        name: "developer",
                        props: {
                            assumeRolePolicy: JSON.stringify({
                                Version: "2012-10-17",
                                Statement: [{ Effect: "Allow", Principal: { AWS: "arn:aws:iam::111122223333:root" }, Action: "sts:AssumeRole", Condition: { Bool: { "aws:MultiFactorAuthPresent": "true" } } }],
                            }),
                            maxSessionDuration: 43200,
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "one-hour sessions",
                resources: [
                    {
                        type: "aws:iam/role:Role",
                        name: "developer",
                        props: {
                            assumeRolePolicy: JSON.stringify({
                                Version: "2012-10-17",
                                Statement: [{ Effect: "Allow", Principal: { AWS: "arn:aws:iam::111122223333:root" }, Action: "sts:AssumeRole", Condition: { Bool: { "aws:MultiFactorAuthPresent": "true" } } }],
                            }),
                            maxSessionDuration: 3600,
                        },
                    },
                ],
            },
        ],
    },
    resourceType: "aws:iam/role:Role",
    validate(props, ctx) {
        const configured = ctx.config.maxSessionDurationSeconds;
        const limit = typeof configured === "number" && Number.isFinite(configured) && configured > 0 ? configured : DEFAULT_LIMIT;
        const value = props.maxSessionDuration;
        // Unset means AWS's default of one hour; a non-number is left to the provider to reject.
        const duration = value === undefined || value === null ? AWS_DEFAULT : value;
        if (typeof duration !== "number" || !Number.isFinite(duration) || duration <= limit) return;
        ctx.report({
            message: `Role \`${ctx.name}\` allows sessions of ${duration} seconds (${hours(duration)}), longer than the limit of ${limit} seconds (${hours(limit)}).`,
            propertyPath: "maxSessionDuration",
        });
    },
});
