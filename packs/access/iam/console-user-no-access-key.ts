import { defineRule, known, knownOr, type StackResource, type StackView } from "../../../src";
import type {} from "../../../src/types/aws/iam";

const USER = "aws:iam/user:User";
const LOGIN_PROFILE = "aws:iam/userLoginProfile:UserLoginProfile";
const ACCESS_KEY = "aws:iam/accessKey:AccessKey";

/**
 * Which IAM user a login profile or access key belongs to, as a join key: the `User` resource
 * its `user` input depends on (known even in preview), else the user name, resolved to a `User`
 * resource of the stack when one has that name. Undefined when preview cannot tell.
 */
function userKeyResolver(stack: StackView): (satellite: StackResource) => string | undefined {
    const userUrnByName = new Map<string, string>();
    for (const user of stack.ofType(USER)) {
        const name = knownOr(() => user.props.name, undefined);
        if (typeof name === "string" && name !== "") userUrnByName.set(name, user.urn);
    }
    return (satellite) => {
        const dependency = satellite.propertyDependencies.user?.find((r) => r.type === USER);
        if (dependency) return `urn:${dependency.urn}`;
        const reference = known(() => satellite.props.user);
        if (!reference.known || typeof reference.value !== "string" || reference.value === "") return undefined;
        const urn = userUrnByName.get(reference.value);
        return urn ? `urn:${urn}` : `name:${reference.value}`;
    };
}

export default defineRule({
    id: "access-iam-console-user-no-access-key",
    title: "IAM users with a console password get no access keys",
    description:
        "A user with a console password is a person; an access key beside it gives that person a second, long-lived credential that works without MFA from any laptop or script. People should get CLI access through short-lived sessions (IAM Identity Center, `aws sso login`) instead.",
    severity: "medium",
    service: "iam",
    frameworks: { "cis-aws-3.0": ["1.11"] },
    tags: ["credentials", "human-access"],
    remediation:
        "Remove the `aws.iam.AccessKey` of the person's user and have them use `aws sso login` (IAM Identity Center) or assume a role with MFA for CLI work. Automation that needs a key should run as its own IAM user, without a console password, or better as a role.",
    defaultLevel: "advisory",
    examples: {
        violating: [
            {
                description: "a person's user with both a console password and an access key",
                resources: [
                    { type: USER, name: "alice", props: { name: "alice", tags: { team: "payments" } } },
                    { type: LOGIN_PROFILE, name: "alice-console", props: { user: "alice", passwordResetRequired: true } },
                    { type: ACCESS_KEY, name: "alice-key", props: { user: "alice" } },
                ],
            },
        ],
        compliant: [
            {
                description: "the person signs in to the console only; the CI user has a key but no password",
                resources: [
                    { type: USER, name: "alice", props: { name: "alice" } },
                    { type: LOGIN_PROFILE, name: "alice-console", props: { user: "alice", passwordResetRequired: true } },
                    { type: USER, name: "ci-deployer", props: { name: "ci-deployer" } },
                    { type: ACCESS_KEY, name: "ci-deployer-key", props: { user: "ci-deployer" } },
                ],
            },
        ],
    },
    stack: true,
    validate(stack, ctx) {
        const profiles = stack.ofType(LOGIN_PROFILE);
        if (profiles.length === 0) return;
        const userKey = userKeyResolver(stack);
        const people = new Map<string, string>();
        for (const profile of profiles) {
            const key = userKey(profile);
            if (key !== undefined && !people.has(key)) people.set(key, profile.name);
        }
        for (const accessKey of stack.ofType(ACCESS_KEY)) {
            const key = userKey(accessKey);
            const profile = key === undefined ? undefined : people.get(key);
            if (profile === undefined) continue;
            // An inactive key cannot sign requests. A person's key whose status preview does not
            // know yet cannot be judged: reading it ends the rule with a "can't run in preview" note.
            if (accessKey.props.status === "Inactive") continue;
            ctx.report({
                urn: accessKey.urn,
                message: `Access key \`${accessKey.name}\` belongs to an IAM user who also has a console password (login profile \`${profile}\`).`,
                propertyPath: "user",
            });
        }
    },
});
