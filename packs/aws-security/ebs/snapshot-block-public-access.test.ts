import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./snapshot-block-public-access";

const bpa = (props: MockProps<"aws:ebs/snapshotBlockPublicAccess:SnapshotBlockPublicAccess">) =>
    mockResource("aws:ebs/snapshotBlockPublicAccess:SnapshotBlockPublicAccess", props, { name: "snapshots" });

export const cases: RuleCase[] = [
    { name: "unblocked", resources: bpa({ state: "unblocked" }), expect: { violations: [{ messageId: "unblocked", data: { name: "snapshots" }, propertyPath: "state" }] } },
    { name: "block-new-sharing leaves public snapshots public", resources: bpa({ state: "block-new-sharing" }), expect: { violations: [{ messageId: "newOnly", data: { name: "snapshots" }, propertyPath: "state" }] } },
    { name: "block-all-sharing", resources: bpa({ state: "block-all-sharing" }), expect: "pass" },
    { name: "block-all-sharing in capitals with spaces", resources: bpa({ state: " BLOCK-ALL-SHARING " }), expect: "pass" },
    { name: "block-new-sharing accepted when configured", resources: bpa({ state: "block-new-sharing" }), options: { config: { "ebs-snapshot-block-public-access": { allowBlockNewSharing: true } } }, expect: "pass" },
    { name: "an unexpected state is not echoed", resources: bpa({ state: "sometimes" }), expect: { violations: [{ messageId: "otherState", data: { name: "snapshots" } }] } },
    { name: "state unknown during preview", resources: bpa({ state: unknown() }), expect: "skipped" },
    { name: "remediation blocks all sharing", resources: bpa({ state: "unblocked" }), expect: { remediated: { state: "block-all-sharing" } } },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
