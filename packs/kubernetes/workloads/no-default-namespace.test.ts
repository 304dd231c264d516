import { checkCase, mockResource, unknown, type RuleCase } from "../../../src/testing";
import { container, workload } from "../__tests__/fixtures";
import rule from "./no-default-namespace";

const spec = { containers: [container()] };
const provider = (namespace: unknown) => ({ type: "pulumi:providers:kubernetes", urn: "urn:pulumi:test::p::pulumi:providers:kubernetes::k8s", name: "k8s", props: { namespace } });

export const cases: RuleCase[] = [
    { name: "Pod without a namespace", resources: workload("Pod", spec, { namespace: null }), expect: { violations: [{ propertyPath: "metadata.namespace", messageIncludes: "names no namespace" }] } },
    { name: "Deployment in default", resources: workload("Deployment", spec, { namespace: "default" }), expect: { violations: ["metadata.namespace"] } },
    { name: "CronJob without a namespace", resources: workload("CronJob", spec, { namespace: null }), expect: { violations: ["metadata.namespace"] } },
    { name: "Deployment in its own namespace", resources: workload("Deployment", spec, { namespace: "shop" }), expect: "pass" },
    { name: "Pod without a namespace, but the provider has one", resources: workload("Pod", spec, { namespace: null, provider: provider("shop") }), expect: "pass" },
    { name: "provider default is default", resources: workload("Pod", spec, { namespace: null, provider: provider("default") }), expect: { violations: ["metadata.namespace"] } },
    { name: "Service without a namespace", resources: mockResource("kubernetes:core/v1:Service", { metadata: { name: "web" }, spec: { ports: [{ port: 80 }] } }), expect: { violations: ["metadata.namespace"] } },
    { name: "RoleBinding in a namespace", resources: mockResource("kubernetes:rbac.authorization.k8s.io/v1:RoleBinding", { metadata: { namespace: "shop" } }), expect: "pass" },
    { name: "namespace unknown during preview", resources: workload("Deployment", spec, { namespace: unknown() }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
