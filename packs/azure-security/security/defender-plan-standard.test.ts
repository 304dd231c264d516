import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./defender-plan-standard";

type PricingProps = MockProps<"azure-native:security:Pricing">;
const pricing = (props: Omit<PricingProps, "scopeId"> & Partial<Pick<PricingProps, "scopeId">>) =>
    mockResource("azure-native:security:Pricing", { scopeId: "subscriptions/0000", ...props }, { name: "plan" });

export const cases: RuleCase[] = [
    {
        name: "a plan on the Free tier",
        resources: pricing({ pricingName: "VirtualMachines", pricingTier: "Free" }),
        expect: { violations: [{ messageId: "notStandard", data: { name: "plan", plan: '"VirtualMachines"', tier: '"Free"' }, propertyPath: "pricingTier" }] },
    },
    { name: "Standard tier", resources: pricing({ pricingName: "StorageAccounts", pricingTier: "Standard" }), expect: "pass" },
    { name: "tier ignores case", resources: pricing({ pricingName: "KeyVaults", pricingTier: "standard" }), expect: "pass" },
    {
        name: "a resource excluded from its subscription's plan",
        resources: pricing({ pricingName: "VirtualMachines", pricingTier: "Free", scopeId: "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/web" }),
        expect: { violations: ["pricingTier"] },
    },
    { name: "a retired plan left on Free", resources: pricing({ pricingName: "Dns", pricingTier: "Free" }), expect: "pass" },
    {
        name: "plan name unknown during preview: still reported",
        resources: pricing({ pricingName: unknown(), pricingTier: "Free" }),
        expect: { violations: [{ messageId: "notStandard", data: { name: "plan", plan: "(unnamed)", tier: '"Free"' } }] },
    },
    { name: "tier unknown during preview", resources: pricing({ pricingName: "Containers", pricingTier: unknown() }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
