import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./app-https-only";

const app = (props: MockProps<"azure-native:web:WebApp">) => mockResource("azure-native:web:WebApp", { resourceGroupName: "rg", ...props }, { name: "site" });

export const cases: RuleCase[] = [
    { name: "not set: HTTP accepted by default", resources: app({}), expect: { violations: [{ propertyPath: "httpsOnly", messageIncludes: "App `site`" }] } },
    { name: "explicitly false", resources: app({ httpsOnly: false }), expect: { violations: [{ propertyPath: "httpsOnly", messageIncludes: "not true" }] } },
    { name: "HTTPS only", resources: app({ httpsOnly: true }), expect: "pass" },
    {
        name: "a deployment slot is judged too",
        resources: mockResource("azure-native:web:WebAppSlot", { resourceGroupName: "rg", name: "site", slot: "staging" }, { name: "staging" }),
        expect: { violations: [{ propertyPath: "httpsOnly", messageIncludes: "Deployment slot `staging`" }] },
    },
    { name: "remediation sets httpsOnly", resources: app({ httpsOnly: false }), expect: { remediated: { httpsOnly: true } } },
    { name: "unknown during preview", resources: app({ httpsOnly: unknown("boolean") }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
