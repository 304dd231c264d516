import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./vm-encryption-at-host";

type SecurityProfile = MockProps<"azure-native:compute:VirtualMachine">["securityProfile"];
const vm = (securityProfile?: SecurityProfile) => mockResource("azure-native:compute:VirtualMachine", { resourceGroupName: "rg", securityProfile }, { name: "web" });
const scaleSet = (securityProfile?: SecurityProfile) =>
    mockResource("azure-native:compute:VirtualMachineScaleSet", { resourceGroupName: "rg", virtualMachineProfile: { securityProfile } }, { name: "pool" });
const PATH = "securityProfile.encryptionAtHost";

export const cases: RuleCase[] = [
    { name: "no security profile", resources: vm(), expect: { violations: [{ messageId: "notEncrypted", data: { kind: "Virtual machine", name: "web", path: PATH, state: "not set, and defaults to false" }, propertyPath: PATH }] } },
    { name: "explicitly false", resources: vm({ encryptionAtHost: false }), expect: { violations: [{ messageId: "notEncrypted", data: { kind: "Virtual machine", name: "web", path: PATH, state: "not true" } }] } },
    { name: "trusted launch alone does not encrypt at host", resources: vm({ securityType: "TrustedLaunch", uefiSettings: { secureBootEnabled: true } }), expect: { violations: [PATH] } },
    { name: "encryption at host", resources: vm({ encryptionAtHost: true }), expect: "pass" },
    { name: "scale set with encryption at host", resources: scaleSet({ encryptionAtHost: true }), expect: "pass" },
    {
        name: "scale set without it",
        resources: scaleSet({}),
        expect: { violations: [{ messageId: "notEncrypted", data: { kind: "Scale set", name: "pool", path: `virtualMachineProfile.${PATH}`, state: "not set, and defaults to false" }, propertyPath: `virtualMachineProfile.${PATH}` }] },
    },
    { name: "flexible scale set without a VM profile", resources: mockResource("azure-native:compute:VirtualMachineScaleSet", { resourceGroupName: "rg", orchestrationMode: "Flexible" }, { name: "pool" }), expect: "pass" },
    { name: "unknown during preview", resources: vm({ encryptionAtHost: unknown("boolean") }), expect: "skipped" },
    { name: "scale set profile unknown during preview", resources: mockResource("azure-native:compute:VirtualMachineScaleSet", { resourceGroupName: "rg", virtualMachineProfile: unknown("object") }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
