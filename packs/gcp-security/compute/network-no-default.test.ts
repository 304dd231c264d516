import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./network-no-default";

const project = (props: MockProps<"gcp:organizations/project:Project">) =>
    mockResource("gcp:organizations/project:Project", { projectId: "acme-app-prod", name: "acme-app-prod", orgId: "123456789012", ...props }, { name: "app" });
const network = (props: MockProps<"gcp:compute/network:Network">) => mockResource("gcp:compute/network:Network", props, { name: "vpc" });
const keeps = (state: string) => ({ violations: [{ messageId: "projectKeepsDefault", data: { name: "app", state }, propertyPath: "autoCreateNetwork" }] });

export const cases: RuleCase[] = [
    { name: "a project with the default", resources: project({}), expect: keeps("not set, and defaults to true") },
    { name: "a project creating the network explicitly", resources: project({ autoCreateNetwork: true }), expect: keeps("true") },
    { name: "a project without the default network", resources: project({ autoCreateNetwork: false }), expect: "pass" },
    { name: "autoCreateNetwork unknown during preview", resources: project({ autoCreateNetwork: unknown("boolean") }), expect: "skipped" },
    { name: "the organization policy skips it", resources: project({}), options: { config: { "gcp-compute-network-no-default": { skipDefaultNetworkCreation: true } } }, expect: "pass" },
    { name: "the organization policy does not excuse an explicit true", resources: project({ autoCreateNetwork: true }), options: { config: { "gcp-compute-network-no-default": { skipDefaultNetworkCreation: true } } }, expect: keeps("true") },
    { name: "a network named default", resources: network({ name: "default" }), expect: { violations: [{ messageId: "networkNamedDefault", data: { name: "vpc" }, propertyPath: "name" }] } },
    { name: "a network with its own name", resources: network({ name: "prod-vpc", autoCreateSubnetworks: false }), expect: "pass" },
    { name: "an auto-named network", resources: network({ autoCreateSubnetworks: false }), expect: "pass" },
    { name: "network name unknown during preview", resources: network({ name: unknown() }), expect: "skipped" },
    { name: "remediation turns it off", resources: project({}), expect: { remediated: { autoCreateNetwork: false } } },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
