import { defineRule, knownOr, listOf, recordOf } from "../../../src";
import { containersOf, podSpecOf, POD_SPEC_TYPES, resourceLabel } from "../lib/pod-spec";
import type {} from "../../../src/types/kubernetes/apps";
import type {} from "../../../src/types/kubernetes/batch";
import type {} from "../../../src/types/kubernetes/core";

/** Secret names (DNS subdomains) and environment variable names shown in messages; anything else is left out. */
const SHOWABLE = /^[A-Za-z0-9_][-._A-Za-z0-9]{0,252}$/;

function shown(read: () => unknown): string | undefined {
    const value = knownOr(read, undefined);
    return typeof value === "string" && SHOWABLE.test(value) ? value : undefined;
}

const deploymentWith = (container: Record<string, unknown>, volumes?: Array<{ name: string; secret: { secretName: string } }>) => ({
    metadata: { labels: { app: "web" } },
    spec: {
        replicas: 2,
        selector: { matchLabels: { app: "web" } },
        template: { metadata: { labels: { app: "web" } }, spec: { containers: [{ name: "web", image: "ghcr.io/acme/web:1.4.2", ...container }], ...(volumes ? { volumes } : {}) } },
    },
});

export default defineRule({
    id: "k8s-container-secrets-as-files",
    title: "Containers read Secrets from files, not environment variables",
    description:
        "Environment variables leak: they are inherited by every child process, printed by crash handlers and debug endpoints, shown by `docker inspect` on the node, and often end up in logs. A Secret mounted as a volume stays a file readable only by the container, and is updated in place when the Secret changes, where an environment variable keeps the old value until the pod restarts.",
    severity: "low",
    service: "kubernetes",
    frameworks: { "cis-k8s-1.9": ["5.4.1"] },
    tags: ["secrets", "hygiene"],
    remediation:
        "Replace `env[].valueFrom.secretKeyRef` and `envFrom[].secretRef` with a `secret` volume (`volumes: [{ name: \"creds\", secret: { secretName: \"db\" } }]`) mounted read-only through `volumeMounts`, and have the application read the file.",
    defaultLevel: "advisory",
    messages: {
        secretKeyRef: "{{resource}} passes {{secret}} to {{container}} as environment variable {{variable}}.",
        secretRef: "{{resource}} passes every key of {{secret}} to {{container}} as environment variables (envFrom).",
    },
    examples: {
        violating: [
            {
                description: "a database password taken from a Secret into an environment variable",
                resources: [{ type: "kubernetes:apps/v1:Deployment", name: "web", props: deploymentWith({ env: [{ name: "DB_PASSWORD", valueFrom: { secretKeyRef: { name: "db", key: "password" } } }] }) }],
            },
        ],
        compliant: [
            {
                description: "the Secret mounted as a read-only volume",
                resources: [
                    {
                        type: "kubernetes:apps/v1:Deployment",
                        name: "web",
                        props: deploymentWith({ volumeMounts: [{ name: "db", mountPath: "/var/run/secrets/db", readOnly: true }] }, [{ name: "db", secret: { secretName: "db" } }]),
                    },
                ],
            },
        ],
    },
    resourceType: [...POD_SPEC_TYPES],
    validate(props, ctx) {
        const pod = podSpecOf(ctx.type, props);
        if (!pod) return;
        const resource = resourceLabel(ctx.type, ctx.name);
        for (const c of containersOf(pod)) {
            listOf(c.container.env).forEach((entry, index) => {
                const env = recordOf(entry);
                const ref = recordOf(env.valueFrom).secretKeyRef;
                if (ref === undefined || ref === null) return;
                const name = shown(() => recordOf(ref).name);
                const variable = shown(() => env.name);
                ctx.report({
                    messageId: "secretKeyRef",
                    data: { resource, container: c.label, secret: name ? `Secret "${name}"` : "a Secret", variable: variable ?? `env[${index}]` },
                    propertyPath: `${c.path}.env[${index}].valueFrom.secretKeyRef`,
                });
            });
            listOf(c.container.envFrom).forEach((entry, index) => {
                const ref = recordOf(entry).secretRef;
                if (ref === undefined || ref === null) return;
                const name = shown(() => recordOf(ref).name);
                ctx.report({
                    messageId: "secretRef",
                    data: { resource, container: c.label, secret: name ? `Secret "${name}"` : "a Secret" },
                    propertyPath: `${c.path}.envFrom[${index}].secretRef`,
                });
            });
        }
    },
});
