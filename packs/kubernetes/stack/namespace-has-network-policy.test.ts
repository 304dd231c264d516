import { checkCase, mockResource, unknown, type RuleCase } from "../../../src/testing";
import { container, workload } from "../__tests__/fixtures";
import rule from "./namespace-has-network-policy";

const spec = { containers: [container()] };
const policy = (namespace: unknown, name = "deny-all", propertyDependencies?: Record<string, string[]>) =>
    mockResource("kubernetes:networking.k8s.io/v1:NetworkPolicy", { metadata: { name, namespace: namespace as string }, spec: { podSelector: {}, policyTypes: ["Ingress"] } }, { name, propertyDependencies });
const shaped = (name: string, spec: Record<string, unknown>, namespace = "shop") =>
    mockResource.untyped("kubernetes:networking.k8s.io/v1:NetworkPolicy", { metadata: { name, namespace }, spec }, { name });
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
    // What counts as ingress isolation.
    {
        name: "allow-all policy (ingress: [{}]) does not count",
        resources: [shopNs, shopApi, shaped("allow-all", { podSelector: {}, policyTypes: ["Ingress"], ingress: [{}] })],
        expect: { violations: [{ urn: shopNs.urn, messageIncludes: "`allow-all` admits all ingress to every pod" }] },
    },
    { name: "allow-all without policyTypes (defaults to Ingress)", resources: [shopApi, shaped("open", { podSelector: {}, ingress: [{}] })], expect: { violations: [{ urn: shopApi.urn }] } },
    { name: "from: [] admits every source", resources: [shopApi, shaped("open", { podSelector: {}, ingress: [{ from: [] }] })], expect: { violations: [{ urn: shopApi.urn }] } },
    {
        name: "empty namespaceSelector and podSelector admit every pod",
        resources: [shopApi, shaped("open", { podSelector: {}, ingress: [{ from: [{ namespaceSelector: {}, podSelector: {} }] }] })],
        expect: { violations: [{ urn: shopApi.urn }] },
    },
    {
        name: "empty namespaceSelector alone admits every pod",
        resources: [shopApi, shaped("open", { podSelector: { matchLabels: {} }, ingress: [{ from: [{ podSelector: { matchLabels: { app: "x" } } }, { namespaceSelector: {} }] }] })],
        expect: { violations: [{ urn: shopApi.urn }] },
    },
    { name: "0.0.0.0/0 ipBlock admits everything", resources: [shopApi, shaped("open", { podSelector: {}, ingress: [{ from: [{ ipBlock: { cidr: "0.0.0.0/0" } }] }] })], expect: { violations: [{ urn: shopApi.urn }] } },
    {
        name: "allow-all opens the namespace even beside a default deny",
        resources: [shopApi, policy("shop"), shaped("allow-all", { podSelector: {}, ingress: [{}] })],
        expect: { violations: [{ urn: shopApi.urn, messageIncludes: "`allow-all`" }] },
    },
    { name: "egress-only policy does not isolate ingress", resources: [shopApi, shaped("egress", { podSelector: {}, policyTypes: ["Egress"] })], expect: { violations: [{ urn: shopApi.urn, messageIncludes: "(first: `egress`) do not restrict ingress" }] } },
    { name: "policyTypes Ingress and Egress with no rules: deny all", resources: [shopApi, shaped("deny", { podSelector: {}, policyTypes: ["Ingress", "Egress"] })], expect: "pass" },
    { name: "empty policyTypes defaults to Ingress", resources: [shopApi, shaped("deny", { podSelector: {}, policyTypes: [] })], expect: "pass" },
    { name: "ingress: [] denies all ingress", resources: [shopApi, shaped("deny", { podSelector: {}, ingress: [] })], expect: "pass" },
    { name: "podSelector {} alone admits only the namespace's own pods", resources: [shopApi, shaped("same-ns", { podSelector: {}, ingress: [{ from: [{ podSelector: {} }] }] })], expect: "pass" },
    { name: "all sources but on one port", resources: [shopApi, shaped("web", { podSelector: {}, ingress: [{ ports: [{ port: 8080, protocol: "TCP" }] }] })], expect: "pass" },
    { name: "ipBlock with except is a restriction", resources: [shopApi, shaped("ext", { podSelector: {}, ingress: [{ from: [{ ipBlock: { cidr: "0.0.0.0/0", except: ["10.0.0.0/8"] } }] }] })], expect: "pass" },
    {
        name: "namespaceSelector with labels is a restriction",
        resources: [shopApi, shaped("mon", { podSelector: {}, ingress: [{ from: [{ namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "monitoring" } } }] }] })],
        expect: "pass",
    },
    {
        name: "allow-all for some pods beside a default deny still isolates the others",
        resources: [shopApi, policy("shop"), shaped("web-open", { podSelector: { matchLabels: { app: "web" } }, ingress: [{}] })],
        expect: "pass",
    },
    { name: "policy rules unknown in preview: not judged", resources: [shopApi, shaped("p", { podSelector: {}, ingress: unknown("array") })], expect: "skipped" },
    {
        name: "an unknown policy cannot undo an allow-all one",
        resources: [shopApi, shaped("p", { podSelector: {}, ingress: unknown("array") }), shaped("allow-all", { podSelector: {}, ingress: [{}] })],
        expect: { violations: [{ urn: shopApi.urn }] },
    },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
