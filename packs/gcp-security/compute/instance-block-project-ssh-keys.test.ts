import { checkCase, mockResource, unknown, type RuleCase } from "../../../src/testing";
import rule from "./instance-block-project-ssh-keys";

const instance = (metadata?: Record<string, string>) =>
    mockResource("gcp:compute/instance:Instance", { machineType: "e2-medium", networkInterfaces: [{ network: "prod-vpc" }], metadata }, { name: "web" });
const violation = (detail: string, subject = "Instance `web`") => ({
    violations: [{ messageId: "projectKeysAllowed", data: { subject, detail }, propertyPath: "metadata.block-project-ssh-keys" }],
});

export const cases: RuleCase[] = [
    { name: "not set", resources: instance(undefined), expect: violation("metadata.block-project-ssh-keys is not set, and project keys are accepted by default") },
    { name: "set to false", resources: instance({ "block-project-ssh-keys": "false" }), expect: violation('metadata.block-project-ssh-keys is "false"') },
    { name: "a value that is not a boolean", resources: instance({ "block-project-ssh-keys": "yes please" }), expect: violation("metadata.block-project-ssh-keys is not a value Compute Engine reads as true") },
    { name: "set to true", resources: instance({ "block-project-ssh-keys": "true" }), expect: "pass" },
    { name: "set to TRUE", resources: instance({ "block-project-ssh-keys": "TRUE" }), expect: "pass" },
    { name: "OS Login on the VM ignores metadata keys", resources: instance({ "enable-oslogin": "TRUE" }), expect: "pass" },
    { name: "OS Login off does not help", resources: instance({ "enable-oslogin": "FALSE" }), expect: violation("metadata.block-project-ssh-keys is not set, and project keys are accepted by default") },
    { name: "value unknown during preview", resources: instance({ "block-project-ssh-keys": unknown() }), expect: "skipped" },
    {
        name: "an instance template",
        resources: mockResource("gcp:compute/instanceTemplate:InstanceTemplate", { machineType: "e2-medium", disks: [{ sourceImage: "debian-cloud/debian-12" }], metadata: { "ssh-keys": "alice:ssh-ed25519 AAAAC3Nza alice" } }, { name: "workers" }),
        expect: violation("metadata.block-project-ssh-keys is not set, and project keys are accepted by default", "Instance template `workers`"),
    },
    { name: "remediation adds the key", resources: instance(undefined), expect: { remediated: { "metadata.block-project-ssh-keys": "true" } } },
    { name: "remediation keeps other metadata", resources: instance({ "startup-script": "echo hi", "block-project-ssh-keys": "false" }), expect: { remediated: { "metadata.block-project-ssh-keys": "true", "metadata.startup-script": "echo hi" } } },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
