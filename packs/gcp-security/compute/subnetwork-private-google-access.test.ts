import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./subnetwork-private-google-access";

const subnet = (props: MockProps<"gcp:compute/subnetwork:Subnetwork">) =>
    mockResource("gcp:compute/subnetwork:Subnetwork", { network: "prod-vpc", region: "europe-west1", ipCidrRange: "10.10.0.0/20", ...props }, { name: "app" });
const violation = (state: string) => ({ violations: [{ messageId: "noPrivateAccess", data: { subject: "Subnetwork `app`", state }, propertyPath: "privateIpGoogleAccess" }] });

export const cases: RuleCase[] = [
    { name: "not set", resources: subnet({}), expect: violation("not set, and defaults to false") },
    { name: "set to false", resources: subnet({ privateIpGoogleAccess: false }), expect: violation("false") },
    { name: "enabled", resources: subnet({ privateIpGoogleAccess: true }), expect: "pass" },
    { name: "unknown during preview", resources: subnet({ privateIpGoogleAccess: unknown("boolean") }), expect: "skipped" },
    { name: "explicit PRIVATE purpose", resources: subnet({ purpose: "PRIVATE" }), expect: violation("not set, and defaults to false") },
    { name: "a proxy-only subnet hosts no VMs", resources: subnet({ purpose: "REGIONAL_MANAGED_PROXY", role: "ACTIVE" }), expect: "pass" },
    { name: "a Private Service Connect subnet", resources: subnet({ purpose: "PRIVATE_SERVICE_CONNECT" }), expect: "pass" },
    { name: "purpose unknown during preview", resources: subnet({ purpose: unknown() }), expect: "skipped" },
    { name: "remediation enables it", resources: subnet({}), expect: { remediated: { privateIpGoogleAccess: true } } },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
