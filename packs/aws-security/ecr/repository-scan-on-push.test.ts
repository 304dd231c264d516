import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./repository-scan-on-push";

const repo = (imageScanningConfiguration: MockProps<"aws:ecr/repository:Repository">["imageScanningConfiguration"]) =>
    mockResource("aws:ecr/repository:Repository", { name: "app", imageScanningConfiguration }, { name: "app-repo" });

export const cases: RuleCase[] = [
    {
        name: "no scanning configuration",
        resources: repo(undefined),
        expect: { violations: [{ propertyPath: "imageScanningConfiguration.scanOnPush", messageIncludes: "`app-repo`" }] },
    },
    { name: "scan on push off", resources: repo({ scanOnPush: false }), expect: { violations: ["imageScanningConfiguration.scanOnPush"] } },
    { name: "scan on push on", resources: repo({ scanOnPush: true }), expect: "pass" },
    { name: "flag unknown during preview", resources: repo({ scanOnPush: unknown("boolean") }), expect: "skipped" },
    { name: "remediation adds the configuration", resources: repo(undefined), expect: { remediated: { "imageScanningConfiguration.scanOnPush": true } } },
    { name: "remediation turns the flag on", resources: repo({ scanOnPush: false }), expect: { remediated: { "imageScanningConfiguration.scanOnPush": true } } },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
