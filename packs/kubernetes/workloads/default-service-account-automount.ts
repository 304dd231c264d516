import { defineRule, recordOf } from "../../../src";

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
