import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./instance-shielded-vm";

const instance = (shieldedInstanceConfig: MockProps<"gcp:compute/instance:Instance">["shieldedInstanceConfig"]) =>
    mockResource("gcp:compute/instance:Instance", { machineType: "e2-medium", networkInterfaces: [{ network: "prod-vpc" }], shieldedInstanceConfig }, { name: "web" });
const off = (feature: string, setting: string, state = "false", subject = "Instance `web`") => ({
    messageId: "settingOff",
    data: { subject, feature, setting, state },
    propertyPath: `shieldedInstanceConfig.${setting}`,
});
const secureBoot = { config: { "gcp-compute-instance-shielded-vm": { requireSecureBoot: true } } };

export const cases: RuleCase[] = [
    { name: "no shielded config", resources: instance(undefined), expect: { violations: [{ messageId: "notShielded", data: { subject: "Instance `web`" }, propertyPath: "shieldedInstanceConfig" }] } },
    { name: "integrity monitoring off", resources: instance({ enableVtpm: true, enableIntegrityMonitoring: false }), expect: { violations: [off("integrity monitoring", "enableIntegrityMonitoring")] } },
    { name: "both off", resources: instance({ enableVtpm: false, enableIntegrityMonitoring: false }), expect: { violations: [off("the virtual TPM", "enableVtpm"), off("integrity monitoring", "enableIntegrityMonitoring")] } },
    { name: "both on", resources: instance({ enableVtpm: true, enableIntegrityMonitoring: true }), expect: "pass" },
    { name: "an empty block: vTPM and integrity monitoring default on", resources: instance({}), expect: "pass" },
    { name: "only Secure Boot set: the others default on", resources: instance({ enableSecureBoot: true }), expect: "pass" },
    { name: "vTPM unknown during preview", resources: instance({ enableVtpm: unknown("boolean"), enableIntegrityMonitoring: true }), expect: "skipped" },
    { name: "the block unknown during preview", resources: instance(unknown("object")), expect: "skipped" },
    { name: "Secure Boot off is fine by default", resources: instance({ enableSecureBoot: false }), expect: "pass" },
    { name: "Secure Boot required and not set", resources: instance({ enableVtpm: true }), options: secureBoot, expect: { violations: [off("Secure Boot", "enableSecureBoot", "not set, and defaults to false")] } },
    { name: "Secure Boot required and on", resources: instance({ enableSecureBoot: true }), options: secureBoot, expect: "pass" },
    {
        name: "an instance template without the block",
        resources: mockResource("gcp:compute/instanceTemplate:InstanceTemplate", { machineType: "e2-medium", disks: [{ sourceImage: "debian-cloud/debian-12" }] }, { name: "workers" }),
        expect: { violations: [{ messageId: "notShielded", data: { subject: "Instance template `workers`" } }] },
    },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
