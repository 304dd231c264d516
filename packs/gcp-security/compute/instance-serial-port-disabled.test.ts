import { checkCase, mockResource, unknown, type RuleCase } from "../../../src/testing";
import rule from "./instance-serial-port-disabled";

const instance = (metadata?: Record<string, string>) =>
    mockResource(
        "gcp:compute/instance:Instance",
        { machineType: "e2-medium", bootDisk: { initializeParams: { image: "debian-cloud/debian-12" } }, networkInterfaces: [{ network: "prod-vpc" }], metadata },
        { name: "web" },
    );
const violation = (value: string, subject = "Instance `web`", path = "metadata.serial-port-enable") => ({
    violations: [{ messageId: "serialPortEnabled", data: { subject, path, value }, propertyPath: path }],
});

export const cases: RuleCase[] = [
    { name: "serial port enabled with TRUE", resources: instance({ "serial-port-enable": "TRUE" }), expect: violation("TRUE") },
    { name: "serial port enabled with true", resources: instance({ "serial-port-enable": "true" }), expect: violation("true") },
    { name: "serial port enabled with 1", resources: instance({ "serial-port-enable": "1" }), expect: violation("1") },
    { name: "serial port disabled with 0", resources: instance({ "serial-port-enable": "0" }), expect: "pass" },
    { name: "serial port disabled with FALSE", resources: instance({ "serial-port-enable": "FALSE" }), expect: "pass" },
    { name: "no metadata: off by default", resources: instance(undefined), expect: "pass" },
    { name: "other metadata only", resources: instance({ "enable-oslogin": "TRUE" }), expect: "pass" },
    { name: "the key in another case is another key", resources: instance({ "Serial-Port-Enable": "TRUE" }), expect: "pass" },
    { name: "serial port value unknown during preview", resources: instance({ "serial-port-enable": unknown() }), expect: "skipped" },
    { name: "metadata unknown during preview", resources: mockResource("gcp:compute/instance:Instance", { machineType: "e2-medium", metadata: unknown("object") }), expect: "skipped" },
    { name: "another key unknown does not matter", resources: instance({ "startup-script": unknown(), "serial-port-enable": "false" }), expect: "pass" },
    {
        name: "an instance template",
        resources: mockResource("gcp:compute/instanceTemplate:InstanceTemplate", { machineType: "e2-medium", disks: [{ sourceImage: "debian-cloud/debian-12" }], metadata: { "serial-port-enable": "True" } }, { name: "workers" }),
        expect: violation("True", "Instance template `workers`"),
    },
    {
        name: "project-wide metadata",
        resources: mockResource("gcp:compute/projectMetadata:ProjectMetadata", { metadata: { "serial-port-enable": "TRUE" } }, { name: "project" }),
        expect: violation("TRUE", "Project metadata `project`"),
    },
    {
        name: "a project metadata item",
        resources: mockResource("gcp:compute/projectMetadataItem:ProjectMetadataItem", { key: "serial-port-enable", value: "1" }, { name: "serial" }),
        expect: violation("1", "Project metadata item `serial`", "value"),
    },
    { name: "a project metadata item for another key", resources: mockResource("gcp:compute/projectMetadataItem:ProjectMetadataItem", { key: "enable-oslogin", value: "TRUE" }), expect: "pass" },
    { name: "remediation switches it off", resources: instance({ "serial-port-enable": "TRUE", "enable-oslogin": "TRUE" }), expect: { remediated: { "metadata.serial-port-enable": "false", "metadata.enable-oslogin": "TRUE" } } },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
