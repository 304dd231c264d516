import { defineRule, knownOr, listOf, propertyPath, recordOf } from "../../../src";
import { containersOf, podSpecOf, POD_SPEC_TYPES, resourceLabel } from "../lib/pod-spec";
import type {} from "../../../src/types/kubernetes/apps";
import type {} from "../../../src/types/kubernetes/batch";
import type {} from "../../../src/types/kubernetes/core";

/** The words of an environment variable name: `DB_PASSWORD` and `dbPassword` both give DB, PASSWORD. */
function wordsOf(name: string): string[] {
    return name
        .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
        .split(/[^A-Za-z0-9]+/)
        .filter((w) => w !== "")
        .map((w) => w.toUpperCase());
}

/** Values that are plainly not secrets: a file path, or a reference to another variable. */
function isReference(value: string): boolean {
    return /^\/[\w./-]*$/.test(value) || /^\$\([A-Za-z_][A-Za-z0-9_]*\)$/.test(value);
}

export default defineRule({
    id: "k8s-container-no-secret-env-literals",
    title: "Secrets are not passed as literal environment values",
    description:
        "A literal env value is stored in the workload's spec in plain text: anyone who can read the Deployment, its history or the Pulumi state can read it, and it cannot be rotated without a redeploy.",
    severity: "high",
    service: "kubernetes",
    tags: ["hygiene", "credentials"],
    remediation: "Store the value in a Secret and reference it with `valueFrom: { secretKeyRef: { name, key } }` (or mount the Secret as a file).",
    defaultLevel: "advisory",
    configSchema: {
        properties: {
            secretWords: { type: "array", items: { type: "string" }, description: "Words of a variable name (split on _ and case changes) that mark it as a secret." },
        },
    },
    configDefaults: { secretWords: ["PASSWORD", "PASSWD", "PWD", "PASSPHRASE", "SECRET", "TOKEN", "KEY", "APIKEY", "ACCESSKEY", "CREDENTIAL", "CREDENTIALS"] },
    examples: {
        violating: [
            {
                description: "a password written into the spec",
                resources: [
                    {
                        type: "kubernetes:apps/v1:Deployment",
                        name: "web",
                        props: {
                            metadata: { labels: { app: "web" } },
                            spec: {
                                replicas: 2,
                                selector: { matchLabels: { app: "web" } },
                                template: {
                                    metadata: { labels: { app: "web" } },
                                    spec: {
                                        containers: [
                                            {
                                                name: "web",
                                                image: "ghcr.io/acme/web:1.4.2",
                                                env: [{ name: "DB_HOST", value: "postgres.shop.svc" }, { name: "DB_PASSWORD", value: "change-me" }],
                                            },
                                        ],
                                    },
                                },
                            },
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "the password read from a Secret",
                resources: [
                    {
                        type: "kubernetes:apps/v1:Deployment",
                        name: "web",
                        props: {
                            metadata: { labels: { app: "web" } },
                            spec: {
                                replicas: 2,
                                selector: { matchLabels: { app: "web" } },
                                template: {
                                    metadata: { labels: { app: "web" } },
                                    spec: {
                                        containers: [
                                            {
                                                name: "web",
                                                image: "ghcr.io/acme/web:1.4.2",
                                                env: [
                                                    { name: "DB_HOST", value: "postgres.shop.svc" },
                                                    { name: "DB_PASSWORD", valueFrom: { secretKeyRef: { name: "db-credentials", key: "password" } } },
                                                ],
                                            },
                                        ],
                                    },
                                },
                            },
                        },
                    },
                ],
            },
        ],
    },
    resourceType: [...POD_SPEC_TYPES],
    validate(props, ctx) {
        const pod = podSpecOf(ctx.type, props);
        if (!pod) return;
        const words = new Set(listOf(ctx.config.secretWords).filter((w): w is string => typeof w === "string").map((w) => w.toUpperCase()));
        for (const c of containersOf(pod)) {
            listOf(c.container.env).forEach((entry, index) => {
                const variable = recordOf(entry);
                const name = knownOr(() => variable.name, undefined);
                if (typeof name !== "string" || !wordsOf(name).some((w) => words.has(w))) return;
                // A value unknown in preview is still a literal: typically a generated password piped into the spec.
                const value = knownOr(() => variable.value, "<computed>");
                if (typeof value !== "string" || value === "" || isReference(value)) return;
                // Neither the value nor the variable's name is printed.
                ctx.report({
                    message: `${resourceLabel(ctx.type, ctx.name)} passes a literal value in env[${index}] of ${c.label}, a variable whose name marks it as a secret.`,
                    propertyPath: propertyPath(c.path, "env", index, "value"),
                });
            });
        }
    },
});
