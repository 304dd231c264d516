import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./workgroup-encrypted";

type Configuration = MockProps<"aws:athena/workgroup:Workgroup">["configuration"];
const workgroup = (configuration: Configuration) => mockResource("aws:athena/workgroup:Workgroup", { name: "analytics", configuration }, { name: "analytics" });
const PATH = "configuration.resultConfiguration.encryptionConfiguration.encryptionOption";

export const cases: RuleCase[] = [
    { name: "no configuration at all", resources: workgroup(undefined), expect: { violations: [{ messageId: "unset", data: { name: "analytics" }, propertyPath: PATH }] } },
    {
        name: "result location without encryption",
        resources: workgroup({ resultConfiguration: { outputLocation: "s3://results/" } }),
        expect: { violations: [{ messageId: "unset", propertyPath: PATH }] },
    },
    { name: "empty encryption option", resources: workgroup({ resultConfiguration: { encryptionConfiguration: { encryptionOption: "" } } }), expect: { violations: [{ messageId: "unset" }] } },
    { name: "an option Athena does not know", resources: workgroup({ resultConfiguration: { encryptionConfiguration: { encryptionOption: "NONE" } } }), expect: { violations: [{ messageId: "invalid" }] } },
    { name: "SSE_S3", resources: workgroup({ resultConfiguration: { encryptionConfiguration: { encryptionOption: "SSE_S3" } } }), expect: "pass" },
    { name: "SSE_KMS", resources: workgroup({ resultConfiguration: { encryptionConfiguration: { encryptionOption: "SSE_KMS", kmsKeyArn: "arn:aws:kms:eu-west-1:111122223333:key/1" } } }), expect: "pass" },
    { name: "CSE_KMS", resources: workgroup({ resultConfiguration: { encryptionConfiguration: { encryptionOption: "CSE_KMS", kmsKeyArn: "arn:aws:kms:eu-west-1:111122223333:key/1" } } }), expect: "pass" },
    { name: "Athena managed result storage is always encrypted", resources: workgroup({ managedQueryResultsConfiguration: { enabled: true } }), expect: "pass" },
    {
        name: "managed storage turned off does not count",
        resources: workgroup({ managedQueryResultsConfiguration: { enabled: false }, resultConfiguration: { outputLocation: "s3://results/" } }),
        expect: { violations: [{ messageId: "unset" }] },
    },
    { name: "option unknown during preview", resources: workgroup({ resultConfiguration: { encryptionConfiguration: { encryptionOption: unknown() } } }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
