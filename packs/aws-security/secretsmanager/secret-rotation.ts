import { defineRule, knownOr } from "../../../src";
import { joinSatellites } from "../../shared/join";
import type {} from "../../../src/types/aws/secretsmanager";

const SECRET_TYPE = "aws:secretsmanager/secret:Secret";
const ROTATION_TYPE = "aws:secretsmanager/secretRotation:SecretRotation";

/**
 * Every Secrets Manager secret needs automatic rotation: an aws.secretsmanager.SecretRotation
 * whose secretId refers to it (by ARN, which is the secret's ID, or by name) and that is not
 * switched off. Rotation is a separate resource, so this is a stack rule joining rotations to
 * secrets (lib/join.ts). Secrets are named only by their Pulumi resource name, never by their
 * secret name or value.
 */
export default defineRule({
    id: "secretsmanager-secret-rotation",
    title: "Secrets Manager secrets rotate automatically",
    description:
        "A credential that never changes stays useful to whoever copied it, from a leaked log line to a former employee. Automatic rotation limits how long a stolen secret works and proves the rotation path works before an incident needs it.",
    severity: "medium",
    service: "secretsmanager",
    frameworks: {
        "aws-fsbp": ["SecretsManager.1"],
        "nist-800-53-r5": ["AC-2", "AC-3"],
        "pci-dss-4.0": ["8.3.9", "8.6.3"],
    },
    tags: ["credentials"],
    remediation:
        "Add an aws.secretsmanager.SecretRotation with `secretId: secret.id`, a rotation function (`rotationLambdaArn`) and `rotationRules: { automaticallyAfterDays: 30 }`. For database credentials, consider letting RDS manage the master password instead.",
    defaultLevel: "advisory",
    examples: {
        violating: [
            {
                description: "a secret that is never rotated",
                resources: [{ type: "aws:secretsmanager/secret:Secret", name: "db-credentials", props: { name: "orders/db-credentials" } }],
            },
        ],
        compliant: [
            {
                description: "a secret rotated every 30 days",
                resources: [
                    { type: "aws:secretsmanager/secret:Secret", name: "db-credentials", props: { name: "orders/db-credentials" } },
                    {
                        type: "aws:secretsmanager/secretRotation:SecretRotation",
                        name: "db-credentials-rotation",
                        props: {
                            secretId: "orders/db-credentials",
                            rotationLambdaArn: "arn:aws:lambda:eu-west-1:111122223333:function:orders-db-rotation",
                            rotationRules: { automaticallyAfterDays: 30 },
                        },
                    },
                ],
            },
        ],
    },
    stack: true,
    validate(stack, ctx) {
        const join = joinSatellites(stack, {
            parentTypes: [SECRET_TYPE],
            parentKeys: ["id", "arn", "name"],
            childTypes: [ROTATION_TYPE],
            childKey: "secretId",
        });
        for (const secret of join.parents) {
            const rotations = join.childrenOf(secret.urn);
            // A rotation whose switch is unknown during preview counts as on.
            const enabled = rotations.filter((r) => knownOr(() => r.props.rotationEnabled, true) !== false);
            if (enabled.length > 0) continue;
            if (rotations.length > 0) {
                ctx.report({
                    urn: rotations[0].urn,
                    message: `Secret rotation \`${rotations[0].name}\` switches automatic rotation off (rotationEnabled: false) for secret \`${secret.name}\`.`,
                    propertyPath: "rotationEnabled",
                    fix: "Remove `rotationEnabled: false` and set `rotationRules`, or rotate the credential some other automated way.",
                });
            } else if (!join.hasUnknownReferences) {
                // A rotation whose secret cannot be told (unknown reference) might be this one's: say nothing.
                ctx.report({
                    urn: secret.urn,
                    message: `Secret \`${secret.name}\` has no SecretRotation, so it is never rotated automatically.`,
                });
            }
        }
    },
});
