import { defineRule, known, peek, recordOf, type StackResource } from "../../../src";
import { namespaceKeyOf } from "../lib/namespaces";
import type {} from "../../../src/types/kubernetes/apps";
import type {} from "../../../src/types/kubernetes/autoscaling";
import type {} from "../../../src/types/kubernetes/extensions";

const REPLICATED = [
    "kubernetes:apps/v1:Deployment",
    "kubernetes:apps/v1:StatefulSet",
    "kubernetes:apps/v1beta1:Deployment",
    "kubernetes:apps/v1beta1:StatefulSet",
    "kubernetes:apps/v1beta2:Deployment",
    "kubernetes:apps/v1beta2:StatefulSet",
    "kubernetes:extensions/v1beta1:Deployment",
] as const;
const HPAS = [
    "kubernetes:autoscaling/v1:HorizontalPodAutoscaler",
    "kubernetes:autoscaling/v2:HorizontalPodAutoscaler",
    "kubernetes:autoscaling/v2beta1:HorizontalPodAutoscaler",
    "kubernetes:autoscaling/v2beta2:HorizontalPodAutoscaler",
] as const;

const kindOf = (type: string) => type.split(":").pop() ?? type;
const label = (r: StackResource) => `${kindOf(r.type)} \`${r.name}\``;

/** The object name of a workload (`metadata.name`), or undefined when preview does not know it or Pulumi names it. */
function objectName(resource: StackResource): { known: boolean; name?: string } {
    const read = peek(() => recordOf(recordOf(resource.props).metadata).name);
    if (!read.known) return { known: false };
    // Without metadata.name Pulumi auto-names the object from the logical name plus a suffix,
    // which an HPA can only name through an output: then the dependency decides.
    return { known: true, name: typeof read.value === "string" && read.value !== "" ? read.value : undefined };
}

const deployment = (replicas: number) => ({
    type: "kubernetes:apps/v1:Deployment" as const,
    name: "web",
    props: {
        metadata: { name: "web", namespace: "shop", labels: { app: "web" } },
        spec: {
            replicas,
            selector: { matchLabels: { app: "web" } },
            template: { metadata: { labels: { app: "web" } }, spec: { containers: [{ name: "web", image: "ghcr.io/acme/web:1.4.2" }] } },
        },
    },
});

export default defineRule({
    id: "k8s-workload-min-replicas",
    title: "Deployments and StatefulSets run more than one replica",
    description:
        "A single replica is down whenever its node is drained, upgraded or fails, and during every restart: one pod is a single point of failure. Judged for Deployments and StatefulSets: an absent `replicas` is 1; a workload scaled by a HorizontalPodAutoscaler (autoscaling/v1 or v2, `scaleTargetRef` naming it in its namespace) is judged by the autoscaler's `minReplicas` (absent: 1) instead. A workload scaled to 0 is switched off on purpose and not reported.",
    severity: "low",
    service: "kubernetes",
    tags: ["reliability", "availability"],
    remediation:
        "Set `spec.replicas` to at least 2 (3 for quorum-based StatefulSets), or, when a HorizontalPodAutoscaler scales the workload, set its `spec.minReplicas` to at least 2.",
    defaultLevel: "advisory",
    configSchema: {
        properties: { minReplicas: { type: "integer", minimum: 1, description: "Fewest replicas a Deployment or StatefulSet (or its autoscaler's minReplicas) may have." } },
    },
    configDefaults: { minReplicas: 2 },
    messages: {
        tooFew: "{{resource}} runs {{replicas}} replica(s), fewer than {{min}}.",
        autoscalerTooLow: "{{hpa}} scales {{resource}} down to minReplicas {{replicas}}, fewer than {{min}}.",
    },
    examples: {
        violating: [{ description: "a Deployment with one replica", resources: [deployment(1)] }],
        compliant: [{ description: "a Deployment with three replicas", resources: [deployment(3)] }],
    },
    stack: true,
    validate(stack, ctx) {
        const workloads = stack.ofType(...REPLICATED);
        if (workloads.length === 0) return;
        const min = ctx.config.minReplicas;

        // Autoscalers by the workload they target: by URN when the target's name came from the
        // workload's output (property dependency), else by namespace/kind/name.
        const byUrn = new Map<string, StackResource[]>();
        const byName = new Map<string, StackResource[]>();
        const push = (map: Map<string, StackResource[]>, key: string, hpa: StackResource) => {
            const list = map.get(key);
            if (list) list.push(hpa);
            else map.set(key, [hpa]);
        };
        const workloadTypes = new Set<string>(REPLICATED);
        let unresolved = false;
        for (const hpa of stack.ofType(...HPAS)) {
            const fromDependency = (hpa.propertyDependencies.spec ?? []).find((r) => workloadTypes.has(r.type));
            if (fromDependency) {
                push(byUrn, fromDependency.urn, hpa);
                continue;
            }
            const readTarget = () => {
                const ref = recordOf(recordOf(recordOf(hpa.props).spec).scaleTargetRef);
                return { kind: ref.kind, name: ref.name };
            };
            const target = peek(readTarget);
            const namespace = namespaceKeyOf(hpa);
            if (!target.known || namespace === undefined) {
                // Might target any workload: noted, and no workload is reported below.
                known(readTarget);
                unresolved = true;
                continue;
            }
            const { kind, name } = target.value;
            if (typeof kind === "string" && typeof name === "string") push(byName, `${namespace}/${kind}/${name}`, hpa);
        }

        for (const workload of workloads) {
            const name = objectName(workload);
            const namespace = namespaceKeyOf(workload);
            let hpas = byUrn.get(workload.urn) ?? [];
            if (hpas.length === 0 && name.name !== undefined && namespace !== undefined) hpas = byName.get(`${namespace}/${kindOf(workload.type)}/${name.name}`) ?? [];
            if (hpas.length > 0) {
                let lowest: { hpa: StackResource; value: number } | undefined;
                let enough = false;
                for (const hpa of hpas) {
                    const read = known(() => recordOf(recordOf(hpa.props).spec).minReplicas);
                    if (!read.known) continue;
                    const value = read.value === undefined || read.value === null ? 1 : read.value;
                    if (typeof value !== "number") continue;
                    if (value >= min) enough = true;
                    else if (!lowest) lowest = { hpa, value };
                }
                if (!enough && lowest && hpas.length === 1) {
                    ctx.report({
                        urn: lowest.hpa.urn,
                        messageId: "autoscalerTooLow",
                        data: { hpa: label(lowest.hpa), resource: label(workload), replicas: String(lowest.value), min: String(min) },
                        propertyPath: "spec.minReplicas",
                    });
                }
                // Several autoscalers on one workload fight each other; judging one would be a guess.
                continue;
            }
            const read = known(() => recordOf(recordOf(workload.props).spec).replicas);
            if (!read.known) continue;
            const replicas = read.value === undefined || read.value === null ? 1 : read.value;
            if (typeof replicas !== "number" || replicas === 0 || replicas >= min) continue;
            // An autoscaler preview cannot place, or a workload preview cannot name, may be the pair.
            if (unresolved || !name.known || namespace === undefined) {
                known(() => recordOf(recordOf(workload.props).metadata).name);
                continue;
            }
            ctx.report({
                urn: workload.urn,
                messageId: "tooFew",
                data: { resource: label(workload), replicas: String(replicas), min: String(min) },
                propertyPath: "spec.replicas",
            });
        }
    },
});
