import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./subnetwork-flow-logs";

type SubnetProps = MockProps<"gcp:compute/subnetwork:Subnetwork">;
const subnet = (props: SubnetProps) => mockResource("gcp:compute/subnetwork:Subnetwork", { network: "prod-vpc", region: "europe-west1", ipCidrRange: "10.10.0.0/20", ...props }, { name: "app" });
const complete: SubnetProps["logConfig"] = { aggregationInterval: "INTERVAL_5_SEC", flowSampling: 1, metadata: "INCLUDE_ALL_METADATA" };
const short = (setting: string, state: string, wanted: string) => ({
    messageId: "settingFallsShort",
    data: { subject: "Subnetwork `app`", setting, state, wanted },
    propertyPath: `logConfig.${setting}`,
});

export const cases: RuleCase[] = [
    { name: "no log config", resources: subnet({}), expect: { violations: [{ messageId: "flowLogsOff", data: { subject: "Subnetwork `app`" }, propertyPath: "logConfig" }] } },
    { name: "complete flow logs", resources: subnet({ logConfig: complete }), expect: "pass" },
    { name: "only flowSampling 1: the rest defaults as CIS asks", resources: subnet({ logConfig: { flowSampling: 1 } }), expect: "pass" },
    { name: "an empty log config samples half the flows", resources: subnet({ logConfig: {} }), expect: { violations: [short("flowSampling", "not set, and defaults to 0.5", "wanted: at least 1")] } },
    {
        name: "every setting falls short",
        resources: subnet({ logConfig: { aggregationInterval: "INTERVAL_10_MIN", flowSampling: 0.1, metadata: "EXCLUDE_ALL_METADATA", filterExpr: "inIpRange(connection.src_ip, '10.0.0.0/8')" } }),
        expect: {
            violations: [
                short("aggregationInterval", '"INTERVAL_10_MIN"', "wanted: INTERVAL_5_SEC"),
                short("flowSampling", "0.1", "wanted: at least 1"),
                short("metadata", '"EXCLUDE_ALL_METADATA"', "wanted: INCLUDE_ALL_METADATA"),
                short("filterExpr", "set, so some flows are dropped", "wanted: no filter"),
            ],
        },
    },
    { name: "a filter of true keeps everything", resources: subnet({ logConfig: { ...complete, filterExpr: "true" } }), expect: "pass" },
    { name: "a lower sampling accepted by config", resources: subnet({ logConfig: { flowSampling: 0.5 } }), options: { config: { "gcp-compute-subnetwork-flow-logs": { minimumFlowSampling: 0.5 } } }, expect: "pass" },
    { name: "no sampling set, with 0.5 accepted", resources: subnet({ logConfig: {} }), options: { config: { "gcp-compute-subnetwork-flow-logs": { minimumFlowSampling: 0.5 } } }, expect: "pass" },
    { name: "log config unknown during preview", resources: subnet({ logConfig: unknown("object") }), expect: "skipped" },
    { name: "sampling unknown during preview", resources: subnet({ logConfig: { ...complete, flowSampling: unknown("number") } }), expect: "skipped" },
    { name: "a proxy-only subnet does not support flow logs", resources: subnet({ purpose: "REGIONAL_MANAGED_PROXY", role: "ACTIVE" }), expect: "pass" },
    { name: "the older PRIVATE_RFC_1918 purpose hosts VMs", resources: subnet({ purpose: "PRIVATE_RFC_1918" }), expect: { violations: [{ messageId: "flowLogsOff" }] } },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
