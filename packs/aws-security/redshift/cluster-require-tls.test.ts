import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./cluster-require-tls";

const cluster = (name: string, props: MockProps<"aws:redshift/cluster:Cluster"> = {}, dependsOn?: string) =>
    mockResource("aws:redshift/cluster:Cluster", { clusterIdentifier: name, nodeType: "ra3.xlplus", ...props }, { name, propertyDependencies: dependsOn ? { clusterParameterGroupName: [dependsOn] } : undefined });
const group = (name: string, parameters: MockProps<"aws:redshift/parameterGroup:ParameterGroup">["parameters"], props: MockProps<"aws:redshift/parameterGroup:ParameterGroup"> = { name }) =>
    mockResource("aws:redshift/parameterGroup:ParameterGroup", { family: "redshift-2.0", parameters, ...props }, { name });

const tls = group("wh-params", [{ name: "require_ssl", value: "true" }]);
const plain = group("wh-params", [{ name: "enable_user_activity_logging", value: "true" }]);

export const cases: RuleCase[] = [
    {
        name: "cluster on the default parameter group",
        resources: [cluster("warehouse")],
        expect: { violations: [{ messageId: "defaultGroup", data: { name: "warehouse" }, propertyPath: "clusterParameterGroupName" }] },
    },
    { name: "cluster naming a default group explicitly", resources: [cluster("warehouse", { clusterParameterGroupName: "default.redshift-2.0" })], expect: { violations: [{ messageId: "defaultGroup" }] } },
    { name: "cluster on a group that requires TLS", resources: [tls, cluster("warehouse", { clusterParameterGroupName: "wh-params" })], expect: "pass" },
    {
        name: "a group without require_ssl is reported on the group",
        resources: [plain, cluster("warehouse", { clusterParameterGroupName: "wh-params" })],
        expect: { violations: [{ urn: plain.urn, messageId: "groupAllowsPlainText", data: { name: "wh-params" }, propertyPath: "parameters" }] },
    },
    { name: "require_ssl false", resources: [group("wh-params", [{ name: "require_ssl", value: "false" }])], expect: { violations: [{ messageId: "groupAllowsPlainText" }] } },
    { name: "parameter name and value in another case", resources: [group("wh-params", [{ name: "REQUIRE_SSL", value: "TRUE" }])], expect: "pass" },
    { name: "a group with no parameters", resources: [group("wh-params", undefined)], expect: { violations: [{ messageId: "groupAllowsPlainText" }] } },
    {
        name: "joined through the property dependency while the group name is unknown (preview)",
        resources: [group("wh-params", [{ name: "require_ssl", value: "true" }], {}), cluster("warehouse", { clusterParameterGroupName: unknown() }, tls.urn)],
        expect: "pass",
    },
    { name: "a group outside the stack cannot be judged", resources: [cluster("warehouse", { clusterParameterGroupName: "shared-tls-params" })], expect: "pass" },
    { name: "group name unknown with no dependency: not judged", resources: [cluster("warehouse", { clusterParameterGroupName: unknown() })], expect: "skipped" },
    { name: "require_ssl value unknown during preview", resources: [group("wh-params", [{ name: "require_ssl", value: unknown() }])], expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
