import { defineRule, known, recordOf } from "../../../src";
import { describeKey, isBlank } from "../lib/tags";
import type {} from "../../../src/types/aws/provider";
import type {} from "../../../src/types/kubernetes/apps";
import type {} from "../../../src/types/kubernetes/batch";
import type {} from "../../../src/types/kubernetes/core";

const CRON_JOB = "kubernetes:batch/v1:CronJob";
const POD = "kubernetes:core/v1:Pod";

/** The pod template's metadata of a workload, and where it sits. */
function podTemplateOf(type: string, props: Record<string, unknown>): { path: string; metadata: Record<string, unknown> } | undefined {
    if (type === POD) return undefined;
    const spec = recordOf(props.spec);
    if (type === CRON_JOB) {
        const template = recordOf(recordOf(recordOf(spec.jobTemplate).spec).template);
        return { path: "spec.jobTemplate.spec.template.metadata.labels", metadata: recordOf(template.metadata) };
    }
    return { path: "spec.template.metadata.labels", metadata: recordOf(recordOf(spec.template).metadata) };
}

export default defineRule({
    id: "tagging-k8s-required-labels",
    title: "Kubernetes workloads and their pods carry the required labels",
    description:
        "Labels are how cost tools (Kubecost, OpenCost, split cost allocation in AWS) and on-call engineers attribute a workload to an application and a team. Pods only inherit what the pod template sets, so both the workload and its template need them.",
    severity: "low",
    service: "kubernetes",
    tags: ["tagging", "cost-allocation"],
    remediation:
        'Set the labels on the workload\'s `metadata.labels` and on its pod template (`spec.template.metadata.labels`), e.g. `{ "app.kubernetes.io/name": "api", "app.kubernetes.io/part-of": "shop", team: "payments" }`.',
    defaultLevel: "advisory",
    configSchema: {
        properties: {
            requiredLabels: { type: "array", items: { type: "string" }, description: "Label keys every workload and pod template must carry." },
            teamLabel: { type: "string", description: 'The label key naming the owning team (required too); "" to not require one.' },
            checkPodTemplates: { type: "boolean", description: "Also require the labels on pod templates (spec.template.metadata.labels)." },
        },
    },
    configDefaults: {
        requiredLabels: ["app.kubernetes.io/name", "app.kubernetes.io/part-of"],
        teamLabel: "team",
        checkPodTemplates: true,
    },
    examples: {
        violating: [
            {
                description: "labels on the Deployment but not on its pods",
                resources: [{
                    type: "kubernetes:apps/v1:Deployment",
                    name: "api",
                    props: {
                        metadata: { labels: { "app.kubernetes.io/name": "api", "app.kubernetes.io/part-of": "shop", team: "payments" } },
                        spec: { selector: { matchLabels: { app: "api" } }, template: { metadata: { labels: { app: "api" } }, spec: { containers: [{ name: "api", image: "api:1.0" }] } } },
                    },
                }],
            },
        ],
        compliant: [
            {
                description: "labels on the Deployment and its pod template",
                resources: [{
                    type: "kubernetes:apps/v1:Deployment",
                    name: "api",
                    props: {
                        metadata: { labels: { "app.kubernetes.io/name": "api", "app.kubernetes.io/part-of": "shop", team: "payments" } },
                        spec: {
                            selector: { matchLabels: { app: "api" } },
                            template: {
                                metadata: { labels: { app: "api", "app.kubernetes.io/name": "api", "app.kubernetes.io/part-of": "shop", team: "payments" } },
                                spec: { containers: [{ name: "api", image: "api:1.0" }] },
                            },
                        },
                    },
                }],
            },
        ],
    },
    resourceType: [
        "kubernetes:apps/v1:Deployment",
        "kubernetes:apps/v1:StatefulSet",
        "kubernetes:apps/v1:DaemonSet",
        "kubernetes:batch/v1:Job",
        CRON_JOB,
        POD,
    ],
    validate(props, ctx) {
        const required = [...ctx.config.requiredLabels, ctx.config.teamLabel].filter((k): k is string => typeof k === "string" && k !== "");
        const kind = ctx.type.split(":").pop() ?? "Workload";
        const check = (labelsValue: unknown, path: string, where: string) => {
            const labels = recordOf(labelsValue);
            for (const key of new Set(required)) {
                const present = Object.prototype.hasOwnProperty.call(labels, key);
                const value = present ? known(() => labels[key]) : undefined;
                if (value && !value.known) continue;
                if (!present || isBlank(value?.value)) {
                    ctx.report({
                        message: `${kind} \`${ctx.name}\`${where} ${present ? "has an empty value for" : "lacks"} the label ${describeKey(key)}.`,
                        propertyPath: `${path}.${key}`,
                    });
                }
            }
        };
        check(recordOf(props.metadata).labels, "metadata.labels", "");
        if (ctx.config.checkPodTemplates) {
            const template = podTemplateOf(ctx.type, props);
            if (template) check(template.metadata.labels, template.path, "'s pod template");
        }
    },
});
