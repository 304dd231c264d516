import { defineRule, known, peek, recordOf, type StackResource } from "../../../src";
import type {} from "../../../src/types/gcp/storage";
import type {} from "../../../src/types/gcp/logging";

const BUCKET = "gcp:storage/bucket:Bucket";
const SINK_TYPES = [
    "gcp:logging/projectSink:ProjectSink",
    "gcp:logging/folderSink:FolderSink",
    "gcp:logging/organizationSink:OrganizationSink",
    "gcp:logging/billingAccountSink:BillingAccountSink",
] as const;
const STORAGE_DESTINATION = "storage.googleapis.com/";

/**
 * The bucket of the stack a sink exports to. A known destination decides: a Cloud Storage one names
 * its bucket (matched by name, else through the destination's property dependency), any other
 * is no bucket. An unknown destination (preview) is joined through its property dependency; without
 * one it cannot be told, and is noted so that silence is not a pass.
 */
function destinationBucket(sink: StackResource, byName: ReadonlyMap<string, StackResource>): StackResource | undefined {
    const dependency = sink.propertyDependencies.destination?.find((r) => r.type === BUCKET);
    const destination = peek(() => recordOf(sink.props).destination);
    if (!destination.known) {
        if (!dependency) known(() => recordOf(sink.props).destination);
        return dependency;
    }
    const value = destination.value;
    if (typeof value !== "string" || !value.trim().startsWith(STORAGE_DESTINATION)) return undefined;
    const name = value.trim().slice(STORAGE_DESTINATION.length).replace(/\/+$/, "");
    return byName.get(name) ?? dependency;
}

export default defineRule({
    id: "gcp-storage-bucket-log-sink-retention-locked",
    title: "Cloud Storage buckets that receive exported logs have a locked retention policy",
    description:
        "Logs exported to a bucket are the record an investigation relies on, and an intruder's first target: without a retention policy anyone with delete rights can remove them, and an unlocked policy can be shortened or removed first. Bucket Lock makes the retention period irreversible. Every bucket of the stack that a project, folder, organization or billing-account log sink writes to is judged.",
    severity: "medium",
    service: "storage",
    frameworks: {
        "cis-gcp-5.0": ["2.4"],
        "nist-800-53-r5": ["AU-9", "AU-11"],
    },
    tags: ["logging", "resilience"],
    remediation:
        'Set `retentionPolicy: { retentionPeriod: "31536000", isLocked: true }` on the gcp.storage.Bucket the sink writes to (the period in seconds as your log retention requires). Locking cannot be undone: the bucket cannot be deleted before its objects expire.',
    defaultLevel: "advisory",
    examples: {
        violating: [
            {
                description: "an organization sink into a bucket without retention",
                resources: [
                    { type: "gcp:storage/bucket:Bucket", name: "audit-logs", props: { name: "acme-audit-logs", location: "EU" } },
                    { type: "gcp:logging/organizationSink:OrganizationSink", name: "audit", props: { orgId: "123456789", destination: "storage.googleapis.com/acme-audit-logs" } },
                ],
            },
        ],
        compliant: [
            {
                description: "the bucket's retention locked",
                resources: [
                    { type: "gcp:storage/bucket:Bucket", name: "audit-logs", props: { name: "acme-audit-logs", location: "EU", retentionPolicy: { retentionPeriod: "31536000", isLocked: true } } },
                    { type: "gcp:logging/organizationSink:OrganizationSink", name: "audit", props: { orgId: "123456789", destination: "storage.googleapis.com/acme-audit-logs" } },
                ],
            },
        ],
    },
    messages: {
        noRetention: "Bucket `{{name}}` receives logs from sink `{{sink}}` but has no retention policy, so the logs can be deleted.",
        notLocked: "Bucket `{{name}}` receives logs from sink `{{sink}}` but its retention policy is not locked (retentionPolicy.isLocked is not true), so it can be shortened or removed.",
    },
    stack: true,
    validate(stack, ctx) {
        const buckets = stack.ofType(BUCKET);
        const byName = new Map<string, StackResource>();
        for (const bucket of buckets) {
            const name = peek(() => recordOf(bucket.props).name);
            if (name.known && typeof name.value === "string" && name.value !== "") byName.set(name.value, bucket);
        }
        // Each bucket once, named by the first sink that writes to it.
        const sinkOf = new Map<StackResource, StackResource>();
        for (const sink of stack.ofType(...SINK_TYPES)) {
            const bucket = destinationBucket(sink, byName);
            if (bucket && !sinkOf.has(bucket)) sinkOf.set(bucket, sink);
        }
        for (const [bucket, sink] of sinkOf) {
            const policy = known(() => recordOf(bucket.props).retentionPolicy);
            if (!policy.known) continue;
            const data = { name: bucket.name, sink: sink.name };
            if (policy.value === undefined || policy.value === null) {
                ctx.report({ messageId: "noRetention", data, propertyPath: "retentionPolicy", urn: bucket.urn });
                continue;
            }
            const locked = known(() => recordOf(policy.value).isLocked);
            // Not set means unlocked: locking is an explicit, irreversible step.
            if (locked.known && locked.value !== true) ctx.report({ messageId: "notLocked", data, propertyPath: "retentionPolicy.isLocked", urn: bucket.urn });
        }
    },
});
