import { defineRule, known, peek, recordOf } from "../../../src";
import { REQUIRED_OPTION, requirePresence, type Enables } from "../lib/account-services";
import type {} from "../../../src/types/aws/cfg";

const RECORDER = "aws:cfg/recorder:Recorder";
const STATUS = "aws:cfg/recorderStatus:RecorderStatus";

/**
 * A recorder records only once a RecorderStatus starts it (isEnabled: true); statuses are
 * joined to their recorder through the property dependency of `name`, or by the name's value
 * (a recorder's name defaults to "default"), through one index: linear in the stack.
 */
export default defineRule({
    id: "cfg-recorder-enabled",
    title: "AWS Config records every supported resource",
    description:
        "AWS Config keeps the configuration history of the account's resources: what changed, when, and how it looked before. Investigations and compliance checks (Security Hub among them) depend on it. A recorder records nothing until a recorder status starts it, and misses resources when allSupported is false. With `required`, the rule also reports a stack without a recorder, for the account stack that should own it.",
    severity: "medium",
    service: "cfg",
    frameworks: {
        "aws-fsbp": ["Config.1"],
        "cis-aws-3.0": ["3.3"],
        "nist-800-53-r5": ["CM-2", "CM-8", "AU-12"],
    },
    tags: ["detection", "audit"],
    remediation:
        "Declare an aws.cfg.Recorder with `recordingGroup: { allSupported: true, includeGlobalResourceTypes: true }` (globals in one region), an aws.cfg.DeliveryChannel, and an aws.cfg.RecorderStatus with `name: recorder.name` and `isEnabled: true`.",
    defaultLevel: "advisory",
    configSchema: {
        properties: {
            ...REQUIRED_OPTION,
            requireGlobalResources: {
                type: "boolean",
                description: "Also require recordingGroup.includeGlobalResourceTypes: true (record IAM users, roles and policies); set it for the recorder of the home region.",
            },
        },
    },
    configDefaults: { required: false, requireGlobalResources: false },
    messages: {
        partial: "Config recorder `{{name}}` does not record every supported resource type: recordingGroup.allSupported is false.",
        noGlobals: "Config recorder `{{name}}` does not record global resources (IAM): recordingGroup.includeGlobalResourceTypes is not true.",
        stopped: "Config recorder status `{{name}}` stops its recorder: isEnabled is not true.",
        neverStarted: "Config recorder `{{name}}` is never started: no RecorderStatus with isEnabled true refers to it.",
        missing: "This stack declares no AWS Config recorder, and this rule is configured to require one.",
    },
    examples: {
        violating: [
            {
                description: "a recorder that is never started",
                resources: [
                    {
                        type: RECORDER,
                        name: "main",
                        props: { name: "default", roleArn: "arn:aws:iam::111122223333:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig", recordingGroup: { allSupported: true } },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "a recorder of every resource type, started",
                resources: [
                    {
                        type: RECORDER,
                        name: "main",
                        props: {
                            name: "default",
                            roleArn: "arn:aws:iam::111122223333:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig",
                            recordingGroup: { allSupported: true, includeGlobalResourceTypes: true },
                        },
                    },
                    { type: STATUS, name: "main-status", props: { name: "default", isEnabled: true } },
                ],
            },
        ],
    },
    stack: true,
    validate(stack, ctx) {
        const recorders = stack.ofType(RECORDER);
        const recorderTypes = new Set<string>([RECORDER]);
        // Recorders by name; an unset name is AWS's "default".
        const byName = new Map<string, string>();
        for (const recorder of recorders) {
            const name = peek(() => recordOf(recorder.props).name);
            if (!name.known) continue;
            byName.set(typeof name.value === "string" && name.value !== "" ? name.value : "default", recorder.urn);
        }
        const startedBy = new Map<string, Enables>();
        let unjoinedUnknown = false;
        for (const status of stack.ofType(STATUS)) {
            const enabled = known(() => recordOf(status.props).isEnabled);
            // Statuses are judged wherever their recorder is (it may live in another stack).
            if (enabled.known && enabled.value !== true) {
                ctx.report({ urn: status.urn, messageId: "stopped", data: { name: status.name }, propertyPath: "isEnabled" });
            }
            const dependency = status.propertyDependencies.name?.find((r) => recorderTypes.has(r.type));
            const name = peek(() => recordOf(status.props).name);
            const urn = dependency?.urn ?? (name.known && typeof name.value === "string" ? byName.get(name.value) : undefined);
            if (urn === undefined) {
                if (!name.known) {
                    unjoinedUnknown = true;
                    known(() => recordOf(status.props).name);
                }
                continue;
            }
            const verdict: Enables = enabled.known ? enabled.value === true : "unknown";
            const before = startedBy.get(urn);
            if (before !== true) startedBy.set(urn, verdict === true ? true : before === "unknown" ? "unknown" : verdict);
        }
        for (const recorder of recorders) {
            const groupRead = known(() => recordOf(recorder.props).recordingGroup);
            const group = groupRead.known ? recordOf(groupRead.value) : undefined;
            const allSupported = group ? known(() => group.allSupported) : groupRead;
            // allSupported defaults to true; false (with resourceTypes or exclusions) records only some types.
            if (allSupported.known && allSupported.value === false) {
                ctx.report({ urn: recorder.urn, messageId: "partial", data: { name: recorder.name }, propertyPath: "recordingGroup.allSupported" });
            } else if (group && ctx.config.requireGlobalResources) {
                const globals = known(() => group.includeGlobalResourceTypes);
                if (globals.known && globals.value !== true) {
                    ctx.report({ urn: recorder.urn, messageId: "noGlobals", data: { name: recorder.name }, propertyPath: "recordingGroup.includeGlobalResourceTypes" });
                }
            }
            const started = startedBy.get(recorder.urn);
            if (started === undefined && !unjoinedUnknown) {
                ctx.report({ urn: recorder.urn, messageId: "neverStarted", data: { name: recorder.name } });
            }
        }
        requirePresence(ctx, recorders, () => true, { messageId: "missing" });
    },
});
