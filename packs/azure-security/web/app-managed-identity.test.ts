import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./app-managed-identity";

type Identity = MockProps<"azure-native:web:WebApp">["identity"];
const app = (identity?: Identity) => mockResource("azure-native:web:WebApp", { resourceGroupName: "rg", identity }, { name: "site" });

export const cases: RuleCase[] = [
    { name: "no identity", resources: app(), expect: { violations: [{ messageId: "unset", data: { kind: "App", name: "site" }, propertyPath: "identity" }] } },
    { name: "type None", resources: app({ type: "None" }), expect: { violations: [{ messageId: "none", data: { kind: "App", name: "site", value: '"None"' }, propertyPath: "identity.type" }] } },
    { name: "identity without a type", resources: app({}), expect: { violations: [{ messageId: "none", propertyPath: "identity.type" }] } },
    { name: "system-assigned", resources: app({ type: "SystemAssigned" }), expect: "pass" },
    { name: "user-assigned", resources: app({ type: "UserAssigned", userAssignedIdentities: ["/subscriptions/0/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/app"] }), expect: "pass" },
    { name: "both", resources: app({ type: "SystemAssigned, UserAssigned" }), expect: "pass" },
    { name: "slot without identity", resources: mockResource("azure-native:web:WebAppSlot", { resourceGroupName: "rg", name: "site" }, { name: "staging" }), expect: { violations: [{ messageId: "unset", data: { kind: "Deployment slot", name: "staging" } }] } },
    { name: "unknown during preview", resources: app({ type: unknown() }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
