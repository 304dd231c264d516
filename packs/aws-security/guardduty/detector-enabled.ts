import { defineRule, known, recordOf } from "../../../src";
import { REQUIRED_OPTION, enablesWhen, requirePresence } from "../lib/account-services";
import type {} from "../../../src/types/aws/guardduty";

const DETECTOR = "aws:guardduty/detector:Detector";

/** A detector monitors unless `enable` is false (it defaults to true). */
const monitors = (value: unknown) => value !== false;

export default defineRule({
    id: "guardduty-detector-enabled",
    title: "GuardDuty detectors are enabled",
    description:
        "GuardDuty watches CloudTrail, VPC flow logs and DNS queries for signs of compromise: stolen credentials used from odd places, crypto-mining, calls to known malicious hosts. A suspended detector (enable: false) finds nothing. The rule judges the detectors a stack declares; with `required` it also reports a stack without one, for the account stack that should own it.",
    severity: "high",
    service: "guardduty",
    frameworks: {
        "aws-fsbp": ["GuardDuty.1"],
        "nist-800-53-r5": ["SI-4"],
        "pci-dss-4.0": ["11.5.1"],
    },
    tags: ["detection", "monitoring"],
    remediation:
        "Declare an aws.guardduty.Detector with `enable: true` (the default) in each region the account uses, usually in the account or organization baseline stack; do not set `enable: false`.",
    defaultLevel: "advisory",
    configSchema: { properties: REQUIRED_OPTION },
    configDefaults: { required: false },
    messages: {
        suspended: "GuardDuty detector `{{name}}` is suspended (enable is false), so no threats are detected.",
        missing: "This stack declares no enabled GuardDuty detector, and this rule is configured to require one.",
    },
    examples: {
        violating: [
            {
                description: "a suspended detector",
                resources: [{ type: DETECTOR, name: "main", props: { enable: false } }],
            },
        ],
        compliant: [
            {
                description: "an enabled detector",
                resources: [{ type: DETECTOR, name: "main", props: { enable: true, findingPublishingFrequency: "FIFTEEN_MINUTES" } }],
            },
        ],
    },
    stack: true,
    validate(stack, ctx) {
        const detectors = stack.ofType(DETECTOR);
        for (const detector of detectors) {
            const enable = known(() => recordOf(detector.props).enable);
            if (enable.known && !monitors(enable.value)) {
                ctx.report({ urn: detector.urn, messageId: "suspended", data: { name: detector.name }, propertyPath: "enable" });
            }
        }
        requirePresence(ctx, detectors, (d) => enablesWhen(() => recordOf(d.props).enable, monitors), { messageId: "missing" });
    },
});
