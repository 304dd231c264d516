import { defineRule, recordOf } from "../../../src";
import { INSTANCE, INSTANCE_TYPES, computeSubject } from "../lib/compute-instances";
import type {} from "../../../src/types/gcp/compute";

type ShieldedSetting = "enableVtpm" | "enableIntegrityMonitoring" | "enableSecureBoot";

/**
 * Without a `shieldedInstanceConfig` block the provider documents Shielded VM as disabled, so
 * that is reported. Inside the block, enableVtpm and enableIntegrityMonitoring default to true
 * and enableSecureBoot to false (the SDK's documented defaults). CIS 4.8 asks for vTPM and
 * integrity monitoring; Secure Boot breaks VMs with unsigned drivers, so it is required only
 * when `requireSecureBoot` is set.
 */
export default defineRule({
    id: "gcp-compute-instance-shielded-vm",
    title: "VMs run as Shielded VMs with vTPM and integrity monitoring",
    description:
        "Shielded VM's virtual TPM measures the boot chain and integrity monitoring compares each boot with a known-good baseline, so a bootkit or rootkit that tampers with the boot loader, kernel or firmware is detected; Secure Boot refuses to boot unsigned components at all. Without them, malware that persists below the operating system goes unnoticed. Instance templates are judged too.",
    severity: "medium",
    service: "compute",
    frameworks: {
        "cis-gcp-5.0": ["4.8"],
        "nist-800-53-r5": ["SI-7", "SC-3"],
    },
    tags: ["integrity"],
    remediation:
        "Boot from a Shielded VM image (every public image supports it) and set `shieldedInstanceConfig: { enableVtpm: true, enableIntegrityMonitoring: true, enableSecureBoot: true }` on the instance or template; leave enableSecureBoot false only for VMs that load unsigned drivers.",
    defaultLevel: "advisory",
    configSchema: {
        properties: {
            requireSecureBoot: { type: "boolean", description: "Also require shieldedInstanceConfig.enableSecureBoot to be true (off by default, as in CIS 4.8)." },
        },
    },
    configDefaults: { requireSecureBoot: false },
    messages: {
        notShielded: "{{subject}} has no shieldedInstanceConfig, so Shielded VM's vTPM and integrity monitoring are not enabled.",
        settingOff: "{{subject}} turns off {{feature}}: shieldedInstanceConfig.{{setting}} is {{state}}.",
    },
    examples: {
        violating: [
            {
                description: "a VM with integrity monitoring off",
                resources: [
                    {
                        type: INSTANCE,
                        name: "web",
                        props: {
                            machineType: "e2-medium",
                            bootDisk: { initializeParams: { image: "debian-cloud/debian-12" } },
                            networkInterfaces: [{ network: "prod-vpc" }],
                            shieldedInstanceConfig: { enableVtpm: true, enableIntegrityMonitoring: false },
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "a Shielded VM",
                resources: [
                    {
                        type: INSTANCE,
                        name: "web",
                        props: {
                            machineType: "e2-medium",
                            bootDisk: { initializeParams: { image: "debian-cloud/debian-12" } },
                            networkInterfaces: [{ network: "prod-vpc" }],
                            shieldedInstanceConfig: { enableVtpm: true, enableIntegrityMonitoring: true, enableSecureBoot: true },
                        },
                    },
                ],
            },
        ],
    },
    resourceType: [...INSTANCE_TYPES],
    validate(props, ctx) {
        const subject = computeSubject(ctx.type, ctx.name);
        const block = props.shieldedInstanceConfig;
        if (block === undefined || block === null) {
            ctx.report({ messageId: "notShielded", data: { subject }, propertyPath: "shieldedInstanceConfig" });
            return;
        }
        const config = recordOf(block);
        const checks: Array<readonly [ShieldedSetting, string, boolean]> = [
            ["enableVtpm", "the virtual TPM", true],
            ["enableIntegrityMonitoring", "integrity monitoring", true],
        ];
        if (ctx.config.requireSecureBoot) checks.push(["enableSecureBoot", "Secure Boot", false]);
        for (const [setting, feature, defaultOn] of checks) {
            const value = config[setting];
            if (value === true || ((value === undefined || value === null) && defaultOn)) continue;
            const state = value === false ? "false" : value === undefined || value === null ? "not set, and defaults to false" : "not true";
            ctx.report({ messageId: "settingOff", data: { subject, feature, setting, state }, propertyPath: `shieldedInstanceConfig.${setting}` });
        }
    },
});
