import { defineRule } from "../../../src";
import type {} from "../../../src/types/aws/kms";

const KINDS: Readonly<Record<string, string>> = {
    "aws:kms/key:Key": "KMS key",
    "aws:kms/keyPolicy:KeyPolicy": "KMS key policy",
    "aws:kms/externalKey:ExternalKey": "KMS external key",
    "aws:kms/replicaKey:ReplicaKey": "KMS replica key",
    "aws:kms/replicaExternalKey:ReplicaExternalKey": "KMS replica external key",
};

/**
 * `bypassPolicyLockoutSafetyCheck: true` tells KMS to skip its check that whoever sets the key
 * policy can still change it afterwards. Absent means false (AWS's default), which passes.
 * Advisory by default: the flag has rare legitimate uses (a key administered only by a role the
 * deploying principal is not, created in one step), and the harm is lost control of a key rather
 * than exposure; production environments that never need it can make it mandatory.
 */
export default defineRule({
    id: "kms-key-no-bypass-policy-lockout-check",
    title: "KMS keys keep the policy lockout safety check",
    description:
        "With the lockout safety check bypassed, KMS accepts a key policy that no principal can change any more. If nobody can manage the key, nobody can fix its policy, rotate it or schedule its deletion, and data encrypted under it may become unrecoverable; AWS advises against setting the flag unless you are sure.",
    severity: "high",
    service: "kms",
    tags: ["encryption", "resilience"],
    remediation:
        "Remove `bypassPolicyLockoutSafetyCheck` (or set it to false) and make sure the key `policy` lets the principal that deploys it (or the account root, `arn:aws:iam::<account>:root`) manage the key, e.g. with kms:PutKeyPolicy.",
    defaultLevel: "advisory",
    messages: {
        bypassed: "{{kind}} `{{name}}` sets bypassPolicyLockoutSafetyCheck: true, so KMS will accept a policy that locks every principal out of the key.",
    },
    examples: {
        violating: [
            {
                description: "safety check bypassed",
                resources: [{ type: "aws:kms/key:Key", name: "orders", props: { description: "orders data key", bypassPolicyLockoutSafetyCheck: true } }],
            },
        ],
        compliant: [
            {
                description: "safety check kept (the default)",
                resources: [{ type: "aws:kms/key:Key", name: "orders", props: { description: "orders data key", enableKeyRotation: true } }],
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
        if (props.bypassPolicyLockoutSafetyCheck !== true) return;
        ctx.report({ messageId: "bypassed", data: { kind: KINDS[ctx.type] ?? "KMS key", name: ctx.name }, propertyPath: "bypassPolicyLockoutSafetyCheck" });
    },
    remediate(props) {
        props.bypassPolicyLockoutSafetyCheck = false;
    },
});
