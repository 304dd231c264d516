import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./instance-no-public-ip";

const instance = (networkInterfaces: MockProps<"gcp:compute/instance:Instance">["networkInterfaces"]) =>
    mockResource("gcp:compute/instance:Instance", { machineType: "e2-medium", networkInterfaces }, { name: "web" });
const external = (i: number, field: "accessConfigs" | "ipv6AccessConfigs", subject = "Instance `web`") => ({
    messageId: "externalIp",
    data: { subject, family: field === "accessConfigs" ? "IPv4" : "IPv6", nic: `networkInterfaces[${i}]`, path: `networkInterfaces[${i}].${field}` },
    propertyPath: `networkInterfaces[${i}].${field}`,
});

export const cases: RuleCase[] = [
    { name: "an ephemeral external IP (empty access config)", resources: instance([{ network: "prod-vpc", accessConfigs: [{}] }]), expect: { violations: [external(0, "accessConfigs")] } },
    { name: "a static external IP", resources: instance([{ network: "prod-vpc", accessConfigs: [{ natIp: "203.0.113.10", networkTier: "PREMIUM" }] }]), expect: { violations: [external(0, "accessConfigs")] } },
    { name: "an external IPv6 on the second interface", resources: instance([{ network: "prod-vpc" }, { network: "dmz-vpc", stackType: "IPV4_IPV6", ipv6AccessConfigs: [{ networkTier: "PREMIUM" }] }]), expect: { violations: [external(1, "ipv6AccessConfigs")] } },
    { name: "internal only", resources: instance([{ network: "prod-vpc", subnetwork: "prod-europe-west1" }]), expect: "pass" },
    { name: "an empty access config list", resources: instance([{ network: "prod-vpc", accessConfigs: [] }]), expect: "pass" },
    { name: "access configs unknown during preview", resources: instance([{ network: "prod-vpc", accessConfigs: unknown("array") }]), expect: "skipped" },
    { name: "interfaces unknown during preview", resources: instance(unknown("array")), expect: "skipped" },
    {
        name: "an instance template with an external IP",
        resources: mockResource("gcp:compute/instanceTemplate:InstanceTemplate", { machineType: "e2-medium", disks: [{ sourceImage: "debian-cloud/debian-12" }], networkInterfaces: [{ network: "prod-vpc", accessConfigs: [{}] }] }, { name: "workers" }),
        expect: { violations: [external(0, "accessConfigs", "Instance template `workers`")] },
    },
    {
        name: "a template without interfaces",
        resources: mockResource("gcp:compute/instanceTemplate:InstanceTemplate", { machineType: "e2-medium", disks: [{ sourceImage: "debian-cloud/debian-12" }] }, { name: "workers" }),
        expect: "pass",
    },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
