import { checkCase, mockResource, unknown, type RuleCase } from "../../../src/testing";
import { container, workload } from "../__tests__/fixtures";
import rule from "./namespace-has-network-policy";

const spec = { containers: [container()] };
const policy = (namespace: unknown, name = "deny-all", propertyDependencies?: Record<string, string[]>) =>
    mockResource("kubernetes:networking.k8s.io/v1:NetworkPolicy", { metadata: { name, namespace: namespace as string }, spec: { podSelector: {}, policyTypes: ["Ingress"] } }, { name, propertyDependencies });
const namespace = (name: string, metadataName?: string) => mockResource("kubernetes:core/v1:Namespace", { metadata: metadataName ? { name: metadataName } : {} }, { name });

const shopApi = workload("Deployment", spec, { name: "api", namespace: "shop" });
const shopJob = workload("CronJob", spec, { name: "report", namespace: "shop" });
const blogPod = workload("Pod", spec, { name: "blog", namespace: "blog" });
const shopNs = namespace("shop-ns", "shop");
const autoNs = namespace("auto-ns");

export const cases: RuleCase[] = [
    {
        name: "namespace without a policy, reported once on the Namespace resource",
        resources: [shopNs, shopApi, shopJob],
        expect: { violations: [{ urn: shopNs.urn, messageIncludes: '"shop" runs 2 workloads' }] },
    },
    { name: "namespace without a Namespace resource: reported on its first workload", resources: [blogPod], expect: { violations: [{ urn: blogPod.urn, propertyPath: "metadata.namespace" }] } },
    { name: "covered namespace", resources: [shopApi, shopJob, policy("shop")], expect: "pass" },
    { name: "one covered, one not", resources: [shopApi, blogPod, policy("shop")], expect: { violations: [{ urn: blogPod.urn }] } },
    { name: "a policy in another namespace does not count", resources: [blogPod, policy("shop")], expect: { violations: [{ urn: blogPod.urn }] } },
    {
        name: "workloads without a namespace land in default",
        resources: [workload("Pod", spec, { name: "loose", namespace: null }), policy(undefined)],
        expect: "pass",
    },
    {
        name: "join through the Namespace dependency while its name is unknown (preview)",
        resources: [
            autoNs,
            workload("Deployment", spec, { name: "api", namespace: unknown(), propertyDependencies: { metadata: [autoNs.urn] } }),
            policy(unknown(), "deny-all", { metadata: [autoNs.urn] }),
        ],
        expect: "pass",
    },
    {
        name: "dependency join finds the uncovered auto-named namespace",
        resources: [autoNs, workload("Deployment", spec, { name: "api", namespace: unknown(), propertyDependencies: { metadata: [autoNs.urn] } })],
        expect: { violations: [{ urn: autoNs.urn, messageIncludes: "Namespace `auto-ns`" }] },
    },
    { name: "a policy whose namespace cannot be told (unknown, no dependency): not judged", resources: [blogPod, policy(unknown())], expect: "skipped" },
    { name: "kube-system is exempt by default", resources: [workload("DaemonSet", spec, { name: "agent", namespace: "kube-system" })], expect: "pass" },
    { name: "no workloads", resources: [policy("shop")], expect: "not-judged" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
