import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./account-infrastructure-encryption";

const account = (props: MockProps<"azure-native:storage:StorageAccount">) =>
    mockResource("azure-native:storage:StorageAccount", { resourceGroupName: "rg-data", kind: "StorageV2", sku: { name: "Standard_LRS" }, ...props }, { name: "data" });

export const cases: RuleCase[] = [
    {
        name: "no encryption block",
        resources: account({}),
        expect: { violations: [{ propertyPath: "encryption.requireInfrastructureEncryption", messageIncludes: "is not set" }] },
    },
    {
        name: "an encryption block without infrastructure encryption",
        resources: account({ encryption: { keySource: "Microsoft.Storage" } }),
        expect: { violations: ["encryption.requireInfrastructureEncryption"] },
    },
    {
        name: "infrastructure encryption off",
        resources: account({ encryption: { requireInfrastructureEncryption: false } }),
        expect: { violations: [{ propertyPath: "encryption.requireInfrastructureEncryption", messageIncludes: "is false" }] },
    },
    { name: "infrastructure encryption on", resources: account({ encryption: { keySource: "Microsoft.Keyvault", requireInfrastructureEncryption: true } }), expect: "pass" },
    { name: "unknown during preview", resources: account({ encryption: { requireInfrastructureEncryption: unknown("boolean") } }), expect: "skipped" },
    { name: "whole encryption block unknown during preview", resources: account({ encryption: unknown("object") }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
