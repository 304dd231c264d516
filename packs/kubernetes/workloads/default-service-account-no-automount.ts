import { defineRule, recordOf } from "../../../src";
import type {} from "../../../src/types/kubernetes/core";

export default defineRule({
    id: "k8s-default-service-account-no-automount",
    title: "Default service accounts do not automount their token",
    description:
        "Pods that name no service account run as `default`; if it automounts its token, every such pod carries API credentials it almost never needs.",
    severity: "low",
    service: "kubernetes",
    frameworks: { "cis-k8s-1.9": ["5.1.5"] },
    tags: ["hygiene", "credentials"],
    remediation: "Set `automountServiceAccountToken: false` on the namespace's `default` ServiceAccount.",
    defaultLevel: "advisory",
    examples: {
        violating: [
            {
                description: "a namespace's default service account, left as is",
                resources: [{ type: "kubernetes:core/v1:ServiceAccount", name: "shop-default", props: { metadata: { name: "default", namespace: "shop" } } }],
            },
        ],
        compliant: [
            {
                description: "the default service account without automounted tokens",
                resources: [
                    {
                        type: "kubernetes:core/v1:ServiceAccount",
                        name: "shop-default",
                        props: { metadata: { name: "default", namespace: "shop" }, automountServiceAccountToken: false },
                    },
                ],
            },
        ],
    },
    resourceType: "kubernetes:core/v1:ServiceAccount",
    validate(props, ctx) {
        if (recordOf(props.metadata).name !== "default") return;
        if (props.automountServiceAccountToken === false) return;
        ctx.report({
            message: `ServiceAccount \`${ctx.name}\` is a namespace's default service account and automounts its token into pods.`,
            propertyPath: "automountServiceAccountToken",
        });
    },
});
