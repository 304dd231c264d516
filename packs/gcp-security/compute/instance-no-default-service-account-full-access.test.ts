import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./instance-no-default-service-account-full-access";

const DEFAULT_SA = "123456789012-compute@developer.gserviceaccount.com";
const instance = (serviceAccount: MockProps<"gcp:compute/instance:Instance">["serviceAccount"]) =>
    mockResource(
        "gcp:compute/instance:Instance",
        { machineType: "e2-medium", bootDisk: { initializeParams: { image: "debian-cloud/debian-12" } }, networkInterfaces: [{ network: "prod-vpc" }], serviceAccount },
        { name: "web" },
    );
const violation = (email: string, subject = "Instance `web`") => ({ violations: [{ messageId: "fullAccess", data: { subject, email }, propertyPath: "serviceAccount.scopes" }] });

export const cases: RuleCase[] = [
    { name: "default account with cloud-platform", resources: instance({ email: DEFAULT_SA, scopes: ["cloud-platform"] }), expect: violation(DEFAULT_SA) },
    { name: "the scope as a URL", resources: instance({ email: DEFAULT_SA, scopes: ["https://www.googleapis.com/auth/cloud-platform"] }), expect: violation(DEFAULT_SA) },
    { name: "no email in the block means the default account", resources: instance({ scopes: ["cloud-platform"] }), expect: violation("no email set") },
    { name: "the alias default", resources: instance({ email: "default", scopes: ["userinfo-email", "cloud-platform"] }), expect: violation("default") },
    { name: "default account with narrow scopes", resources: instance({ email: DEFAULT_SA, scopes: ["logging-write", "monitoring-write"] }), expect: "pass" },
    { name: "a dedicated account with cloud-platform", resources: instance({ email: "web-vm@acme-prod.iam.gserviceaccount.com", scopes: ["cloud-platform"] }), expect: "pass" },
    { name: "no service account block: no account", resources: instance(undefined), expect: "pass" },
    { name: "email unknown during preview", resources: instance({ email: unknown(), scopes: ["cloud-platform"] }), expect: "skipped" },
    { name: "scopes unknown during preview", resources: instance({ email: DEFAULT_SA, scopes: unknown("array") }), expect: "skipped" },
    {
        name: "an instance template",
        resources: mockResource("gcp:compute/instanceTemplate:InstanceTemplate", { machineType: "e2-medium", disks: [{ sourceImage: "debian-cloud/debian-12" }], serviceAccount: { scopes: ["cloud-platform"] } }, { name: "workers" }),
        expect: violation("no email set", "Instance template `workers`"),
    },
    {
        name: "a regional instance template",
        resources: mockResource("gcp:compute/regionInstanceTemplate:RegionInstanceTemplate", { machineType: "e2-medium", disks: [{ sourceImage: "debian-cloud/debian-12" }], serviceAccount: { email: DEFAULT_SA, scopes: ["cloud-platform"] } }, { name: "workers" }),
        expect: violation(DEFAULT_SA, "Regional instance template `workers`"),
    },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
