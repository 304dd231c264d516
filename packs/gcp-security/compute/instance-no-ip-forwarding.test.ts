import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./instance-no-ip-forwarding";

const instance = (props: MockProps<"gcp:compute/instance:Instance">) =>
    mockResource("gcp:compute/instance:Instance", { machineType: "e2-medium", networkInterfaces: [{ network: "prod-vpc" }], ...props }, { name: "web" });

export const cases: RuleCase[] = [
    { name: "forwarding on", resources: instance({ canIpForward: true }), expect: { violations: [{ propertyPath: "canIpForward", messageIncludes: "Instance `web` may forward packets" }] } },
    { name: "forwarding off", resources: instance({ canIpForward: false }), expect: "pass" },
    { name: "not set: off by default", resources: instance({}), expect: "pass" },
    { name: "unknown during preview", resources: instance({ canIpForward: unknown("boolean") }), expect: "skipped" },
    {
        name: "a regional instance template that forwards",
        resources: mockResource("gcp:compute/regionInstanceTemplate:RegionInstanceTemplate", { machineType: "e2-medium", disks: [{ sourceImage: "debian-cloud/debian-12" }], canIpForward: true }, { name: "nat" }),
        expect: { violations: [{ propertyPath: "canIpForward", messageIncludes: "Regional instance template `nat`" }] },
    },
    { name: "remediation switches it off", resources: instance({ canIpForward: true }), expect: { remediated: { canIpForward: false } } },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
