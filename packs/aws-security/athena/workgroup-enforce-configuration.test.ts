import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./workgroup-enforce-configuration";

type Configuration = MockProps<"aws:athena/workgroup:Workgroup">["configuration"];
const workgroup = (configuration: Configuration) => mockResource("aws:athena/workgroup:Workgroup", { name: "analytics", configuration }, { name: "analytics" });

export const cases: RuleCase[] = [
    {
        name: "enforcement turned off",
        resources: workgroup({ enforceWorkgroupConfiguration: false }),
        expect: { violations: [{ messageId: "disabled", data: { name: "analytics" }, propertyPath: "configuration.enforceWorkgroupConfiguration" }] },
    },
    { name: "enforced explicitly", resources: workgroup({ enforceWorkgroupConfiguration: true }), expect: "pass" },
    { name: "configuration without the flag: AWS enforces by default", resources: workgroup({ resultConfiguration: { outputLocation: "s3://results/" } }), expect: "pass" },
    { name: "no configuration block: AWS enforces by default", resources: workgroup(undefined), expect: "pass" },
    { name: "flag unknown during preview", resources: workgroup({ enforceWorkgroupConfiguration: unknown("boolean") }), expect: "skipped" },
    { name: "remediation turns enforcement on", resources: workgroup({ enforceWorkgroupConfiguration: false }), expect: { remediated: { "configuration.enforceWorkgroupConfiguration": true } } },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
