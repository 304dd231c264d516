import { defineRule } from "../../../src";
import { KMS_CONFINING_KEYS, publicAudience, publicStatements } from "../../shared/policy-document";
import type {} from "../../../src/types/aws/kms";

/** How messages name each key type. */
const KINDS: Readonly<Record<string, string>> = {
    "aws:kms/key:Key": "KMS key",
    "aws:kms/keyPolicy:KeyPolicy": "KMS key policy",
    "aws:kms/externalKey:ExternalKey": "KMS external key",
    "aws:kms/replicaKey:ReplicaKey": "KMS replica key",
    "aws:kms/replicaExternalKey:ReplicaExternalKey": "KMS replica external key",
};

/**
 * A KMS key policy must not let everyone use or manage the key. A key without `policy` gets
 * AWS's default key policy (the key's own account only), so it passes. Besides the confining
 * keys every resource policy accepts, kms:CallerAccount with a fixed account confines too (as
 * IAM Access Analyzer and the Config rule kms-key-policy-no-public-access take it); kms:ViaService
 * alone does not. A Deny guard in the same policy fences a public Allow in (publicStatements).
 */
export default defineRule({
    id: "kms-key-policy-not-public",
    title: "KMS key policies do not allow everyone",
    description:
        'A key policy statement that allows Principal "*" (or everyone outside a NotPrincipal, or any account\'s roots) with no condition on the caller\'s account, organization or network lets principals of every AWS account use the key: decrypt the data it protects, create grants, or, with key-management actions, change its policy or schedule its deletion.',
    severity: "critical",
    service: "kms",
    frameworks: {
        "aws-fsbp": ["KMS.5"],
        "nist-800-53-r5": ["AC-3", "AC-21"],
    },
    tags: ["exposure", "encryption"],
    remediation:
        'Name the principals that need the key (account or role ARNs such as "arn:aws:iam::111122223333:root") in the `policy` statement, or keep Principal "*" only with a condition on a fixed account or organization: `"StringEquals": { "kms:CallerAccount": "111122223333" }` or `{ "aws:PrincipalOrgID": "o-..." }`. Leave `policy` out to get the default key policy, which trusts only the key\'s own account.',
    defaultLevel: "mandatory",
    messages: {
        publicStatement: "{{kind}} `{{name}}` allows {{who}} in `policy` Statement[{{index}}] with no condition on the caller's account, organization or network.",
    },
    examples: {
        violating: [
            {
                description: "anyone may decrypt with the key",
                resources: [
                    {
                        type: "aws:kms/key:Key",
                        name: "orders",
                        props: {
                            description: "orders data key",
                            policy: JSON.stringify({
                                Version: "2012-10-17",
                                Statement: [
                                    { Sid: "Admin", Effect: "Allow", Principal: { AWS: "arn:aws:iam::111122223333:root" }, Action: "kms:*", Resource: "*" },
                                    { Sid: "Use", Effect: "Allow", Principal: "*", Action: ["kms:Decrypt", "kms:GenerateDataKey"], Resource: "*" },
                                ],
                            }),
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "use through S3 by callers of one account only",
                resources: [
                    {
                        type: "aws:kms/key:Key",
                        name: "orders",
                        props: {
                            description: "orders data key",
                            policy: JSON.stringify({
                                Version: "2012-10-17",
                                Statement: [
                                    { Sid: "Admin", Effect: "Allow", Principal: { AWS: "arn:aws:iam::111122223333:root" }, Action: "kms:*", Resource: "*" },
                                    {
                                        Sid: "UseViaS3",
                                        Effect: "Allow",
                                        Principal: { AWS: "*" },
                                        Action: ["kms:Decrypt", "kms:GenerateDataKey"],
                                        Resource: "*",
                                        Condition: { StringEquals: { "kms:CallerAccount": "111122223333", "kms:ViaService": "s3.eu-west-1.amazonaws.com" } },
                                    },
                                ],
                            }),
                        },
                    },
                ],
            },
        ],
    },
    resourceType: [
        "aws:kms/key:Key",
        "aws:kms/keyPolicy:KeyPolicy",
        "aws:kms/externalKey:ExternalKey",
        "aws:kms/replicaKey:ReplicaKey",
        "aws:kms/replicaExternalKey:ReplicaExternalKey",
    ],
    validate(props, ctx) {
        const kind = KINDS[ctx.type] ?? "KMS key";
        for (const statement of publicStatements(props.policy, ctx, `${kind} \`${ctx.name}\``, "policy", KMS_CONFINING_KEYS)) {
            ctx.report({
                messageId: "publicStatement",
                data: { kind, name: ctx.name, who: publicAudience(statement), index: statement.index },
                propertyPath: `policy.Statement[${statement.index}]`,
            });
        }
    },
});
