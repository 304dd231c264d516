import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./recorder-enabled";

const ROLE = "arn:aws:iam::123456789012:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig";
const recorder = (props: MockProps<"aws:cfg/recorder:Recorder"> = {}, name = "main") =>
    mockResource("aws:cfg/recorder:Recorder", { name: "default", roleArn: ROLE, ...props }, { name });
const status = (props: MockProps<"aws:cfg/recorderStatus:RecorderStatus">, dependsOn?: string) =>
    mockResource("aws:cfg/recorderStatus:RecorderStatus", { name: "default", isEnabled: true, ...props }, { name: "main-status", propertyDependencies: dependsOn ? { name: [dependsOn] } : undefined });
const required = { config: { "cfg-recorder-enabled": { required: true } } };
const bucket = mockResource("aws:s3/bucket:Bucket", { bucket: "b" });
const main = recorder();

export const cases: RuleCase[] = [
    { name: "all supported, started", resources: [recorder({ recordingGroup: { allSupported: true } }), status({})], expect: "pass" },
    { name: "recording group unset (all supported by default), started", resources: [main, status({})], expect: "pass" },
    {
        name: "only some resource types",
        resources: [recorder({ recordingGroup: { allSupported: false, resourceTypes: ["AWS::EC2::Instance"] } }), status({})],
        expect: { violations: [{ urn: main.urn, messageId: "partial", data: { name: "main" }, propertyPath: "recordingGroup.allSupported" }] },
    },
    { name: "an unnamed recorder is AWS's \"default\"", resources: [recorder({ name: undefined }), status({ name: "default" })], expect: "pass" },
    { name: "recording group unknown during preview", resources: [recorder({ recordingGroup: unknown("object") }), status({})], expect: "skipped" },
    { name: "status switched off", resources: [main, status({ isEnabled: false })], expect: { violations: [{ messageId: "stopped", data: { name: "main-status" }, propertyPath: "isEnabled" }] } },
    { name: "a recorder never started", resources: [main], expect: { violations: [{ urn: main.urn, messageId: "neverStarted", data: { name: "main" } }] } },
    { name: "a status for another recorder does not start this one", resources: [main, status({ name: "other" })], expect: { violations: [{ messageId: "neverStarted" }] } },
    {
        name: "status joined through the property dependency while the name is unknown (preview)",
        resources: [recorder({ name: unknown() }), status({ name: unknown() }, main.urn)],
        expect: "pass",
    },
    { name: "a status whose recorder cannot be told: not judged", resources: [main, status({ name: unknown() })], expect: "skipped" },
    { name: "isEnabled unknown during preview", resources: [main, status({ isEnabled: unknown("boolean") })], expect: "skipped" },
    { name: "allSupported unknown during preview", resources: [recorder({ recordingGroup: { allSupported: unknown("boolean") } }), status({})], expect: "skipped" },
    {
        name: "global resources when configured",
        resources: [recorder({ recordingGroup: { allSupported: true } }), status({})],
        options: { config: { "cfg-recorder-enabled": { requireGlobalResources: true } } },
        expect: { violations: [{ messageId: "noGlobals", propertyPath: "recordingGroup.includeGlobalResourceTypes" }] },
    },
    { name: "no recorder, not required", resources: [bucket], expect: "not-judged" },
    { name: "no recorder when required", resources: [bucket], options: required, expect: { violations: [{ messageId: "missing" }] } },
    { name: "a started recorder when required", resources: [main, status({})], options: required, expect: "pass" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
