import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./instance-no-default-service-account";

const DEFAULT_SA = "123456789012-compute@developer.gserviceaccount.com";
const instance = (serviceAccount: MockProps<"gcp:compute/instance:Instance">["serviceAccount"]) =>
    mockResource(
        "gcp:compute/instance:Instance",
        { machineType: "e2-medium", bootDisk: { initializeParams: { image: "debian-cloud/debian-12" } }, networkInterfaces: [{ network: "prod-vpc" }], serviceAccount },
        { name: "web" },
    );
const violation = (email: string, subject = "Instance `web`") => ({ violations: [{ messageId: "defaultAccount", data: { subject, email }, propertyPath: "serviceAccount.email" }] });

export const cases: RuleCase[] = [
    { name: "the default account with narrow scopes", resources: instance({ email: DEFAULT_SA, scopes: ["logging-write"] }), expect: violation(DEFAULT_SA) },
    { name: "the default account in capitals", resources: instance({ email: "123456789012-COMPUTE@developer.gserviceaccount.com", scopes: ["logging-write"] }), expect: violation("123456789012-COMPUTE@developer.gserviceaccount.com") },
    { name: "no email in the block", resources: instance({ scopes: ["cloud-platform"] }), expect: violation("no email set") },
    { name: "an empty email", resources: instance({ email: "", scopes: ["cloud-platform"] }), expect: violation("no email set") },
    { name: "the alias default", resources: instance({ email: "default", scopes: ["cloud-platform"] }), expect: violation("default") },
    { name: "a dedicated account", resources: instance({ email: "web-vm@acme-prod.iam.gserviceaccount.com", scopes: ["cloud-platform"] }), expect: "pass" },
    { name: "an App Engine default account is not the Compute one", resources: instance({ email: "acme-prod@appspot.gserviceaccount.com", scopes: ["cloud-platform"] }), expect: "pass" },
    { name: "no service account block", resources: instance(undefined), expect: "pass" },
    { name: "email unknown during preview", resources: instance({ email: unknown(), scopes: ["cloud-platform"] }), expect: "skipped" },
    { name: "service account unknown during preview", resources: instance(unknown("object")), expect: "skipped" },
    {
        name: "an instance template without email",
        resources: mockResource("gcp:compute/instanceTemplate:InstanceTemplate", { machineType: "e2-medium", disks: [{ sourceImage: "debian-cloud/debian-12" }], serviceAccount: { scopes: ["cloud-platform"] } }, { name: "workers" }),
        expect: violation("no email set", "Instance template `workers`"),
    },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
