import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./replication-instance-not-public";

const instance = (props: MockProps<"aws:dms/replicationInstance:ReplicationInstance">) =>
    mockResource("aws:dms/replicationInstance:ReplicationInstance", { replicationInstanceId: "mig", replicationInstanceClass: "dms.t3.micro", ...props }, { name: "mig" });

export const cases: RuleCase[] = [
    { name: "default is public", resources: instance({}), expect: { violations: [{ propertyPath: "publiclyAccessible", messageIncludes: "defaults it to true" }] } },
    { name: "explicitly public", resources: instance({ publiclyAccessible: true }), expect: { violations: [{ propertyPath: "publiclyAccessible", messageIncludes: "is true" }] } },
    { name: "private", resources: instance({ publiclyAccessible: false }), expect: "pass" },
    { name: "unknown during preview", resources: instance({ publiclyAccessible: unknown("boolean") }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
