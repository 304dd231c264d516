import { defineRule } from "../../../src";
import type {} from "../../../src/types/kubernetes/core";

const TOKEN_SECRET_TYPE = "kubernetes.io/service-account-token";

export default defineRule({
    id: "k8s-rbac-no-service-account-token-secret",
    title: "No long-lived service account token Secrets",
    description:
        "A Secret of type kubernetes.io/service-account-token makes the control plane store a token for the service account that never expires and stays valid until the Secret is deleted: anyone who reads it once, from the cluster, a backup or a CI log, keeps the account's permissions. Kubernetes has issued short-lived, audience-bound tokens through the TokenRequest API since 1.22 and stopped creating these Secrets by default in 1.24.",
    severity: "medium",
    service: "kubernetes",
    tags: ["rbac", "credentials", "service-accounts"],
    remediation:
        "Delete the Secret. Pods get an expiring token through the default projected `serviceAccountToken` volume; an external system can request one with `kubectl create token <account> --duration=1h` or the TokenRequest API, or authenticate with workload identity federation instead of a Kubernetes token.",
    defaultLevel: "advisory",
    messages: {
        tokenSecret: "Secret `{{name}}` is of type kubernetes.io/service-account-token: a service account token that never expires.",
    },
    examples: {
        violating: [
            {
                description: "a token Secret for a CI service account",
                resources: [
                    {
                        type: "kubernetes:core/v1:Secret",
                        name: "ci-deployer-token",
                        props: {
                            metadata: { namespace: "ci", annotations: { "kubernetes.io/service-account.name": "ci-deployer" } },
                            type: "kubernetes.io/service-account-token",
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "an ordinary opaque Secret",
                resources: [
                    {
                        type: "kubernetes:core/v1:Secret",
                        name: "web-config",
                        props: { metadata: { namespace: "shop" }, type: "Opaque", stringData: { LOG_LEVEL: "info" } },
                    },
                ],
            },
        ],
    },
    resourceType: ["kubernetes:core/v1:Secret", "kubernetes:core/v1:SecretPatch"],
    validate(props, ctx) {
        if (props.type !== TOKEN_SECRET_TYPE) return;
        ctx.report({ messageId: "tokenSecret", data: { name: ctx.name }, propertyPath: "type" });
    },
});
