import ipaddr from "ipaddr.js";
import { defineRule, recordOf } from "../../../src";
import type {} from "../../../src/types/kubernetes/core";

/** Host names that resolve to the node itself or to a cloud metadata service. */
const LOCAL_NAMES: ReadonlySet<string> = new Set(["localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback", "metadata.google.internal"]);
/** ipaddr.js ranges an ExternalName must not point into. */
const LOCAL_RANGES: ReadonlySet<string> = new Set(["loopback", "linkLocal", "unspecified"]);
/** The AWS instance metadata endpoint's IPv6 address (a unique-local address, so not in the ranges above). */
const AWS_METADATA_V6 = "fd00:ec2::254";

const AWS_METADATA_V6_NORMALIZED = ipaddr.parse(AWS_METADATA_V6).toNormalizedString();

/** Why `value` points at the node or a metadata service ("a loopback address", ...), or undefined. */
export function localTarget(value: string): string | undefined {
    let host = value.trim().toLowerCase();
    if (host.endsWith(".")) host = host.slice(0, -1);
    if (host.startsWith("[") && host.endsWith("]")) host = host.slice(1, -1);
    if (LOCAL_NAMES.has(host)) return host === "metadata.google.internal" ? "the cloud metadata service" : "the node itself (localhost)";
    if (host.endsWith(".localhost")) return "the node itself (a *.localhost name)";
    if (!ipaddr.isValid(host)) return undefined;
    let address: ipaddr.IPv4 | ipaddr.IPv6 = ipaddr.parse(host);
    if (address instanceof ipaddr.IPv6) {
        if (address.isIPv4MappedAddress()) address = address.toIPv4Address();
        else if (address.toNormalizedString() === AWS_METADATA_V6_NORMALIZED) return "the cloud metadata service";
    }
    const range = address.range();
    if (!LOCAL_RANGES.has(range)) return undefined;
    if (range === "loopback") return "a loopback address";
    if (range === "unspecified") return "an unspecified address (the node itself)";
    return address.toString() === "169.254.169.254" ? "the cloud metadata service" : "a link-local address";
}

export default defineRule({
    id: "k8s-service-external-name-not-local",
    title: "ExternalName Services do not point at localhost, link-local or metadata addresses",
    description:
        "An ExternalName Service is a DNS alias; pointed at localhost, a loopback (127.0.0.0/8, ::1), unspecified (0.0.0.0) or link-local (169.254.0.0/16, fe80::/10) address, it makes ingress controllers and proxies that follow it send traffic to their own node's services or to the cloud metadata endpoint (169.254.169.254), which hands out node credentials (CVE-2020-8554 family). Numeric spellings such as 2130706433 or 0177.0.0.1 are recognised too, as are metadata.google.internal and the AWS IPv6 metadata address.",
    severity: "high",
    service: "kubernetes",
    tags: ["exposure", "network", "ssrf"],
    remediation:
        "Set `spec.externalName` to the DNS name of the real external service (e.g. `db.example.com`), or use a ClusterIP Service with a selector for in-cluster targets. Block link-local and metadata addresses from pods with a NetworkPolicy `ipBlock.except`, and restrict who may create ExternalName Services with an admission policy.",
    defaultLevel: "mandatory",
    messages: {
        localTarget: "Service `{{name}}` is an ExternalName alias for {{host}}, which is {{what}}.",
    },
    examples: {
        violating: [
            {
                description: "an ExternalName Service aliasing the cloud metadata endpoint",
                resources: [
                    { type: "kubernetes:core/v1:Service", name: "metadata", props: { metadata: { name: "metadata", namespace: "shop" }, spec: { type: "ExternalName", externalName: "169.254.169.254" } } },
                ],
            },
        ],
        compliant: [
            {
                description: "an ExternalName Service aliasing a managed database",
                resources: [
                    { type: "kubernetes:core/v1:Service", name: "db", props: { metadata: { name: "db", namespace: "shop" }, spec: { type: "ExternalName", externalName: "shop-db.abc123.eu-west-1.rds.amazonaws.com" } } },
                ],
            },
        ],
    },
    resourceType: ["kubernetes:core/v1:Service", "kubernetes:core/v1:ServicePatch"],
    validate(props, ctx) {
        const spec = recordOf(props.spec);
        // Kubernetes ignores externalName unless the type is ExternalName (absent: ClusterIP).
        if (spec.type !== "ExternalName") return;
        const host = spec.externalName;
        if (typeof host !== "string") return;
        const what = localTarget(host);
        if (!what) return;
        ctx.report({ messageId: "localTarget", data: { name: ctx.name, host: host.trim(), what }, propertyPath: "spec.externalName" });
    },
});
