import { defineRule, recordOf } from "../../../src";
import { SUBNETWORK, hostsVms, networkSubject } from "../lib/compute-networks";
import type {} from "../../../src/types/gcp/compute";

/** A short enum value may be echoed in a message; anything else may be free text. */
function enumText(value: unknown): string | undefined {
    return typeof value === "string" && /^[A-Za-z0-9_]{1,40}$/.test(value.trim()) ? value.trim() : undefined;
}

/**
 * A `logConfig` block turns flow logs on. Within it, the SDK's defaults are aggregationInterval
 * INTERVAL_5_SEC, metadata INCLUDE_ALL_METADATA, filterExpr "true" (everything) and
 * flowSampling 0.5, so leaving out flowSampling falls short of CIS 3.10's 1.0. Only subnets that
 * host VMs are judged: proxy-only subnets do not support flow logs.
 */
export default defineRule({
    id: "gcp-compute-subnetwork-flow-logs",
    title: "Subnets record complete VPC flow logs",
    description:
        "VPC flow logs record the connections to and from every VM in a subnet: who talked to whom, on which port, and how much. Without them there is no record to investigate an intrusion or data theft with, and no way to spot unexpected traffic. CIS asks for every flow (sampling 1.0), at the finest aggregation (5 seconds), with metadata, and without a filter that drops flows.",
    severity: "medium",
    service: "compute",
    frameworks: {
        "cis-gcp-5.0": ["3.10"],
        "nist-800-53-r5": ["AU-2", "AU-3", "AU-12", "SI-4"],
    },
    tags: ["logging", "network"],
    remediation:
        'Set `logConfig: { aggregationInterval: "INTERVAL_5_SEC", flowSampling: 1, metadata: "INCLUDE_ALL_METADATA" }` on the subnetwork, without a `filterExpr` (or with "true").',
    defaultLevel: "advisory",
    configSchema: {
        properties: {
            minimumFlowSampling: {
                type: "number",
                minimum: 0,
                maximum: 1,
                description: "The lowest logConfig.flowSampling accepted (CIS asks for 1; flow logs are billed by volume).",
            },
        },
    },
    configDefaults: { minimumFlowSampling: 1 },
    messages: {
        flowLogsOff: "{{subject}} has no logConfig, so VPC flow logs are off.",
        settingFallsShort: "{{subject}} does not record complete flow logs: logConfig.{{setting}} is {{state}} ({{wanted}}).",
    },
    examples: {
        violating: [
            {
                description: "a subnet without flow logs",
                resources: [{ type: SUBNETWORK, name: "app", props: { network: "prod-vpc", region: "europe-west1", ipCidrRange: "10.10.0.0/20" } }],
            },
        ],
        compliant: [
            {
                description: "a subnet with complete flow logs",
                resources: [
                    {
                        type: SUBNETWORK,
                        name: "app",
                        props: {
                            network: "prod-vpc",
                            region: "europe-west1",
                            ipCidrRange: "10.10.0.0/20",
                            logConfig: { aggregationInterval: "INTERVAL_5_SEC", flowSampling: 1, metadata: "INCLUDE_ALL_METADATA" },
                        },
                    },
                ],
            },
        ],
    },
    resourceType: SUBNETWORK,
    validate(props, ctx) {
        if (!hostsVms(props)) return;
        const subject = networkSubject(ctx.type, ctx.name);
        const block = props.logConfig;
        if (block === undefined || block === null) {
            ctx.report({ messageId: "flowLogsOff", data: { subject }, propertyPath: "logConfig" });
            return;
        }
        const config = recordOf(block);
        const report = (setting: string, state: string, wanted: string) =>
            ctx.report({ messageId: "settingFallsShort", data: { subject, setting, state, wanted }, propertyPath: `logConfig.${setting}` });

        const interval = config.aggregationInterval;
        if (interval !== undefined && interval !== null && enumText(interval)?.toUpperCase() !== "INTERVAL_5_SEC") {
            report("aggregationInterval", enumText(interval) ? `"${enumText(interval)}"` : "not INTERVAL_5_SEC", "wanted: INTERVAL_5_SEC");
        }
        const minimum = ctx.config.minimumFlowSampling;
        const sampling = config.flowSampling;
        if (sampling === undefined || sampling === null) {
            if (0.5 < minimum) report("flowSampling", "not set, and defaults to 0.5", `wanted: at least ${minimum}`);
        } else if (typeof sampling !== "number" || sampling < minimum) {
            report("flowSampling", typeof sampling === "number" ? String(sampling) : "not a number", `wanted: at least ${minimum}`);
        }
        const metadata = config.metadata;
        if (metadata !== undefined && metadata !== null && enumText(metadata)?.toUpperCase() !== "INCLUDE_ALL_METADATA") {
            report("metadata", enumText(metadata) ? `"${enumText(metadata)}"` : "not INCLUDE_ALL_METADATA", "wanted: INCLUDE_ALL_METADATA");
        }
        const filter = config.filterExpr;
        if (filter !== undefined && filter !== null && !(typeof filter === "string" && (filter.trim() === "" || filter.trim() === "true"))) {
            report("filterExpr", "set, so some flows are dropped", "wanted: no filter");
        }
    },
});
