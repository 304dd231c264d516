import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./disk-public-network-access-disabled";

const disk = (props: Omit<MockProps<"azure-native:compute:Disk">, "resourceGroupName" | "creationData">) =>
    mockResource("azure-native:compute:Disk", { resourceGroupName: "rg", creationData: { createOption: "Empty" }, diskSizeGB: 64, ...props }, { name: "data" });
const violation = { violations: [{ messageId: "publicExport", data: { name: "data" }, propertyPath: "publicNetworkAccess" }] };

export const cases: RuleCase[] = [
    { name: "defaults: AllowAll and Enabled", resources: disk({}), expect: violation },
    { name: "explicitly open", resources: disk({ networkAccessPolicy: "AllowAll", publicNetworkAccess: "Enabled" }), expect: violation },
    { name: "public access disabled", resources: disk({ publicNetworkAccess: "Disabled" }), expect: "pass" },
    { name: "export denied", resources: disk({ networkAccessPolicy: "DenyAll" }), expect: "pass" },
    { name: "private export only", resources: disk({ networkAccessPolicy: "AllowPrivate", diskAccessId: "/subscriptions/0/resourceGroups/rg/providers/Microsoft.Compute/diskAccesses/da" }), expect: "pass" },
    { name: "case does not matter", resources: disk({ publicNetworkAccess: "disabled" }), expect: "pass" },
    { name: "remediation disables public access", resources: disk({ networkAccessPolicy: "AllowAll" }), expect: { remediated: { publicNetworkAccess: "Disabled", networkAccessPolicy: "AllowAll" } } },
    { name: "policy unknown during preview", resources: disk({ networkAccessPolicy: unknown(), publicNetworkAccess: "Disabled" }), expect: "skipped" },
    { name: "public access unknown during preview", resources: disk({ networkAccessPolicy: "AllowAll", publicNetworkAccess: unknown() }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
