import { checkCase, mockResource, unknown, type RuleCase } from "../../../src/testing";
import rule from "./enabled";

const account = (enableDefaultStandards?: unknown) =>
    mockResource("aws:securityhub/account:Account", { enableDefaultStandards: enableDefaultStandards as boolean | undefined }, { name: "hub" });
const fsbp = mockResource(
    "aws:securityhub/standardsSubscription:StandardsSubscription",
    { standardsArn: "arn:aws:securityhub:eu-west-1::standards/aws-foundational-security-best-practices/v/1.0.0" },
    { name: "fsbp" },
);
const required = { config: { "securityhub-enabled": { required: true } } };
const bucket = mockResource("aws:s3/bucket:Bucket", { bucket: "b" });

export const cases: RuleCase[] = [
    { name: "default standards (unset is true)", resources: [account(undefined)], expect: "pass" },
    { name: "default standards on", resources: [account(true)], expect: "pass" },
    {
        name: "no standards at all",
        resources: [account(false)],
        expect: { violations: [{ urn: account(false).urn, messageId: "noStandards", data: { name: "hub" }, propertyPath: "enableDefaultStandards" }] },
    },
    { name: "default standards off, one subscribed", resources: [account(false), fsbp], expect: "pass" },
    { name: "unknown during preview", resources: [account(unknown("boolean"))], expect: "skipped" },
    { name: "no Security Hub, not required", resources: [bucket], expect: "not-judged" },
    { name: "no Security Hub when required", resources: [bucket], options: required, expect: { violations: [{ messageId: "missing" }] } },
    { name: "Security Hub when required", resources: [account(true)], options: required, expect: "pass" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
