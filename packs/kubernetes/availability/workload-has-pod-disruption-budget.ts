import { defineRule, known, recordOf, type StackResource } from "../../../src";
import { selectorMatches } from "../lib/label-selector";
import { namespaceKeyOf } from "../lib/namespaces";
import type {} from "../../../src/types/kubernetes/apps";
import type {} from "../../../src/types/kubernetes/extensions";
import type {} from "../../../src/types/kubernetes/policy";

const REPLICATED = [
    "kubernetes:apps/v1:Deployment",
    "kubernetes:apps/v1:StatefulSet",
    "kubernetes:apps/v1beta1:Deployment",
    "kubernetes:apps/v1beta1:StatefulSet",
    "kubernetes:apps/v1beta2:Deployment",
    "kubernetes:apps/v1beta2:StatefulSet",
    "kubernetes:extensions/v1beta1:Deployment",
] as const;
const PDB_V1 = "kubernetes:policy/v1:PodDisruptionBudget";
const PDB_V1BETA1 = "kubernetes:policy/v1beta1:PodDisruptionBudget";

/** A PDB's selector, and what an empty one means for its API version. */
interface Budget {
    readonly resource: StackResource;
    readonly emptyMatchesAll: boolean;
}

const labelsOf = (workload: StackResource) => recordOf(recordOf(recordOf(recordOf(recordOf(workload.props).spec).template).metadata).labels);
const selectorOf = (budget: Budget) => recordOf(recordOf(budget.resource.props).spec).selector;

const deployment = (replicas: number) => ({
    type: "kubernetes:apps/v1:Deployment" as const,
    name: "web",
    props: {
        metadata: { namespace: "shop", labels: { app: "web" } },
        spec: {
            replicas,
            selector: { matchLabels: { app: "web" } },
            template: { metadata: { labels: { app: "web" } }, spec: { containers: [{ name: "web", image: "ghcr.io/acme/web:1.4.2" }] } },
        },
    },
});

export default defineRule({
    id: "k8s-workload-has-pod-disruption-budget",
    title: "Replicated workloads have a PodDisruptionBudget",
    description:
        "A node drain, a cluster upgrade or the autoscaler removing a node evicts pods without asking whether the application can spare them: without a PodDisruptionBudget every replica of a Deployment or StatefulSet may go down at once. Judged for Deployments and StatefulSets with two or more replicas (an absent `replicas` is 1); a budget counts when it is in the same namespace and its selector picks the pod template's labels.",
    severity: "low",
    service: "kubernetes",
    tags: ["reliability", "availability"],
    remediation:
        "Add a `policy/v1` PodDisruptionBudget in the workload's namespace whose `spec.selector.matchLabels` match the pod template's labels, with `maxUnavailable: 1` (or a `minAvailable` below the replica count so drains can proceed).",
    defaultLevel: "advisory",
    messages: {
        noBudget: "{{resource}} runs {{replicas}} replicas but no PodDisruptionBudget in its namespace selects its pods.",
    },
    examples: {
        violating: [{ description: "a Deployment with 3 replicas and no PodDisruptionBudget", resources: [deployment(3)] }],
        compliant: [
            {
                description: "the Deployment with a PodDisruptionBudget selecting its pods",
                resources: [
                    deployment(3),
                    { type: PDB_V1, name: "web", props: { metadata: { namespace: "shop" }, spec: { maxUnavailable: 1, selector: { matchLabels: { app: "web" } } } } },
                ],
            },
        ],
    },
    stack: true,
    validate(stack, ctx) {
        const workloads = stack.ofType(...REPLICATED);
        if (workloads.length === 0) return;

        // Budgets by namespace; those whose namespace preview cannot tell might cover any.
        const byNamespace = new Map<string, Budget[]>();
        const anywhere: Budget[] = [];
        const add = (resource: StackResource, emptyMatchesAll: boolean) => {
            const budget = { resource, emptyMatchesAll };
            const key = namespaceKeyOf(resource);
            if (key === undefined) anywhere.push(budget);
            else {
                const list = byNamespace.get(key);
                if (list) list.push(budget);
                else byNamespace.set(key, [budget]);
            }
        };
        for (const pdb of stack.ofType(PDB_V1)) add(pdb, true);
        // policy/v1beta1: an empty selector selects no pods.
        for (const pdb of stack.ofType(PDB_V1BETA1)) add(pdb, false);

        for (const workload of workloads) {
            const replicasRead = known(() => recordOf(recordOf(workload.props).spec).replicas);
            if (!replicasRead.known) continue;
            const raw = replicasRead.value;
            const replicas = raw === undefined || raw === null ? 1 : raw;
            if (typeof replicas !== "number" || replicas < 2) continue;

            const key = namespaceKeyOf(workload);
            if (key === undefined) continue;
            let covered = false;
            let undecided = false;
            for (const budget of byNamespace.get(key) ?? []) {
                const verdict = known(() => selectorMatches(selectorOf(budget), labelsOf(workload), budget));
                if (!verdict.known) undecided = true;
                else if (verdict.value) {
                    covered = true;
                    break;
                }
            }
            if (covered) continue;
            // A budget whose namespace preview cannot tell covers these pods if it is in theirs:
            // when its selector matches (or cannot be read), that is not decided either way.
            for (const budget of anywhere) {
                const verdict = known(() => selectorMatches(selectorOf(budget), labelsOf(workload), budget));
                if (!verdict.known || verdict.value) undecided = true;
            }
            // Unknown values were noted by known(): the run is "could not judge", not a pass.
            if (undecided) continue;
            ctx.report({
                urn: workload.urn,
                messageId: "noBudget",
                data: { resource: `${workload.type.split(":").pop()} \`${workload.name}\``, replicas: String(replicas) },
                propertyPath: "spec.template.metadata.labels",
            });
        }
    },
});
