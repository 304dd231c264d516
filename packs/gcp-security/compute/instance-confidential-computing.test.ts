import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./instance-confidential-computing";

const instance = (machineType: string, props: MockProps<"gcp:compute/instance:Instance"> = {}) =>
    mockResource("gcp:compute/instance:Instance", { machineType, networkInterfaces: [{ network: "prod-vpc" }], ...props }, { name: "vm" });
const violation = (machineType: string, subject = "Instance `vm`") => ({
    violations: [{ messageId: "notConfidential", data: { subject, machineType: `machine type ${machineType}` }, propertyPath: "confidentialInstanceConfig" }],
});
const everyVm = { config: { "gcp-compute-instance-confidential-computing": { machineTypePrefixes: [] } } };

export const cases: RuleCase[] = [
    { name: "N2D without confidential computing", resources: instance("n2d-standard-4"), expect: violation("n2d-standard-4") },
    { name: "N2D with it switched off", resources: instance("n2d-standard-4", { confidentialInstanceConfig: { enableConfidentialCompute: false } }), expect: violation("n2d-standard-4") },
    { name: "N2D confidential", resources: instance("n2d-standard-4", { confidentialInstanceConfig: { enableConfidentialCompute: true } }), expect: "pass" },
    { name: "N2D with SEV_SNP", resources: instance("n2d-standard-4", { confidentialInstanceConfig: { confidentialInstanceType: "SEV_SNP" } }), expect: "pass" },
    { name: "a machine type URL", resources: instance("zones/europe-west1-b/machineTypes/n2d-highmem-8"), expect: violation("n2d-highmem-8") },
    { name: "E2 is out of the default scope", resources: instance("e2-medium"), expect: "pass" },
    { name: "every VM when the prefixes are emptied", resources: instance("e2-medium"), options: everyVm, expect: violation("e2-medium") },
    { name: "C3 with TDX when C3 is in scope", resources: instance("c3-standard-4", { confidentialInstanceConfig: { confidentialInstanceType: "TDX" } }), options: { config: { "gcp-compute-instance-confidential-computing": { machineTypePrefixes: ["c3-"] } } }, expect: "pass" },
    { name: "machine type unknown during preview", resources: instance(unknown()), expect: "skipped" },
    {
        name: "machine type unknown while every VM is judged",
        resources: instance(unknown()),
        options: everyVm,
        expect: { violations: [{ messageId: "notConfidential", data: { subject: "Instance `vm`", machineType: "its machine type" } }] },
    },
    { name: "confidential setting unknown during preview", resources: instance("n2d-standard-4", { confidentialInstanceConfig: { enableConfidentialCompute: unknown("boolean") } }), expect: "skipped" },
    {
        name: "an instance template",
        resources: mockResource("gcp:compute/instanceTemplate:InstanceTemplate", { machineType: "n2d-standard-2", disks: [{ sourceImage: "ubuntu-os-cloud/ubuntu-2404-lts-amd64" }] }, { name: "workers" }),
        expect: violation("n2d-standard-2", "Instance template `workers`"),
    },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
