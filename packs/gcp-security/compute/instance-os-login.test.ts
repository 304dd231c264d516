import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./instance-os-login";

const vm = (name: string, metadata?: Record<string, string>, project?: string) =>
    mockResource("gcp:compute/instance:Instance", { machineType: "e2-medium", networkInterfaces: [{ network: "prod-vpc" }], metadata, project }, { name });
const item = (value: MockProps<"gcp:compute/projectMetadataItem:ProjectMetadataItem">["value"], project?: string, key = "enable-oslogin") => mockResource("gcp:compute/projectMetadataItem:ProjectMetadataItem", { key, value, project }, { name: "oslogin" });
const projectMetadata = (metadata: Record<string, string>, project?: string) => mockResource("gcp:compute/projectMetadata:ProjectMetadata", { metadata, project }, { name: "project" });

const web = vm("web");
const optOut = vm("web", { "enable-oslogin": "FALSE" });
const onItem = item("TRUE");

export const cases: RuleCase[] = [
    { name: "OS Login on project-wide", resources: [onItem, web], expect: "pass" },
    { name: "OS Login on in ProjectMetadata", resources: [projectMetadata({ "enable-oslogin": "TRUE", "block-project-ssh-keys": "true" }), web], expect: "pass" },
    {
        name: "a VM that turns it off",
        resources: [onItem, optOut],
        expect: { violations: [{ urn: optOut.urn, messageId: "resourceDisables", data: { subject: "Instance `web`", path: "metadata.enable-oslogin", value: "FALSE" }, propertyPath: "metadata.enable-oslogin" }] },
    },
    {
        name: "a VM without OS Login and no project-wide setting in the stack",
        resources: [web],
        expect: { violations: [{ urn: web.urn, messageId: "notEnabled", data: { subject: "Instance `web`", path: "metadata.enable-oslogin" }, propertyPath: "metadata.enable-oslogin" }] },
    },
    { name: "a VM with its own OS Login", resources: [vm("web", { "enable-oslogin": "TRUE" })], expect: "pass" },
    { name: "project-wide OS Login set elsewhere", resources: [web], options: { config: { "gcp-compute-instance-os-login": { projectOsLoginEnabled: true } } }, expect: "pass" },
    { name: "set elsewhere does not excuse a VM that turns it off", resources: [optOut], options: { config: { "gcp-compute-instance-os-login": { projectOsLoginEnabled: true } } }, expect: { violations: [{ urn: optOut.urn, messageId: "resourceDisables" }] } },
    {
        name: "a project-wide item set to FALSE is reported once, on the item",
        resources: [item("FALSE"), web, vm("api")],
        expect: { violations: [{ messageId: "projectNotEnabled", data: { subject: "Project metadata item `oslogin`", detail: 'value is "FALSE"' }, propertyPath: "value" }] },
    },
    {
        name: "ProjectMetadata without the key leaves OS Login off",
        resources: [projectMetadata({ "block-project-ssh-keys": "true" }), web],
        expect: { violations: [{ messageId: "projectNotEnabled", data: { subject: "Project metadata `project`", detail: "metadata.enable-oslogin is not set, so OS Login is off by default" }, propertyPath: "metadata.enable-oslogin" }] },
    },
    { name: "an item for another key says nothing about OS Login", resources: [item("true", undefined, "block-project-ssh-keys"), vm("web", { "enable-oslogin": "true" })], expect: "pass" },
    {
        name: "project-wide OS Login in another project does not cover the VM",
        resources: [item("TRUE", "acme-shared"), vm("web", undefined, "acme-prod")],
        expect: { violations: [{ messageId: "notEnabled", data: { subject: "Instance `web`", path: "metadata.enable-oslogin" } }] },
    },
    { name: "project-wide OS Login in the VM's project", resources: [item("TRUE", "acme-prod"), vm("web", undefined, "acme-prod")], expect: "pass" },
    { name: "the VM's own value unknown during preview", resources: [onItem, vm("web", { "enable-oslogin": unknown() })], expect: "skipped" },
    { name: "the project-wide value unknown during preview", resources: [item(unknown()), web], expect: "skipped" },
    {
        name: "an instance template that turns it off",
        resources: [onItem, mockResource("gcp:compute/instanceTemplate:InstanceTemplate", { machineType: "e2-medium", disks: [{ sourceImage: "debian-cloud/debian-12" }], metadata: { "enable-oslogin": "false" } }, { name: "workers" })],
        expect: { violations: [{ messageId: "resourceDisables", data: { subject: "Instance template `workers`", path: "metadata.enable-oslogin", value: "false" } }] },
    },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
