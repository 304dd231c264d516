import { defineRule, known, listOf, recordOf, type StackResource } from "../../../src";
import type {} from "../../../src/types/aws/cloudtrail";

const TRAIL = "aws:cloudtrail/trail:Trail";

/** Data-resource values that select every S3 bucket, current and future, in each partition. */
const ALL_BUCKETS = /^arn:aws(?:-cn|-us-gov|-iso|-iso-b)?:s3(?::::?)?$/;

interface Coverage {
    read: boolean;
    write: boolean;
}

function strings(value: unknown): string[] {
    return listOf(value).filter((v): v is string => typeof v === "string");
}

/** Basic event selectors: a dataResources entry of type AWS::S3::Object naming all buckets. */
function basicCoverage(selectors: unknown, into: Coverage): void {
    for (const entry of listOf(selectors)) {
        const selector = recordOf(entry);
        const allBuckets = listOf(selector.dataResources).some((r) => {
            const resource = recordOf(r);
            return resource.type === "AWS::S3::Object" && strings(resource.values).some((v) => ALL_BUCKETS.test(v.trim()));
        });
        if (!allBuckets) continue;
        const type = typeof selector.readWriteType === "string" ? selector.readWriteType : "All"; // AWS's default
        if (type === "All" || type === "ReadOnly") into.read = true;
        if (type === "All" || type === "WriteOnly") into.write = true;
    }
}

/**
 * Advanced event selectors: eventCategory = Data and resources.type = AWS::S3::Object, with no
 * narrowing to some buckets or events; readOnly = true/false keeps only reads/writes.
 */
function advancedCoverage(selectors: unknown, into: Coverage): void {
    for (const entry of listOf(selectors)) {
        let data = false;
        let s3 = false;
        let narrowed = false;
        let read = true;
        let write = true;
        for (const f of listOf(recordOf(entry).fieldSelectors)) {
            const field = recordOf(f);
            const equals = strings(field.equals);
            const other = ["startsWiths", "endsWiths", "notEquals", "notStartsWiths", "notEndsWiths"].some((k) => listOf(field[k]).length > 0);
            switch (field.field) {
                case "eventCategory":
                    data = equals.includes("Data");
                    break;
                case "resources.type":
                    s3 = equals.includes("AWS::S3::Object");
                    break;
                case "readOnly":
                    if (equals.length === 1 && equals[0] === "true") write = false;
                    else if (equals.length === 1 && equals[0] === "false") read = false;
                    break;
                case "resources.ARN":
                    // Only a prefix that is every bucket keeps the selector account-wide.
                    if (equals.length > 0 || !strings(field.startsWiths).every((v) => ALL_BUCKETS.test(v.trim())) || ["endsWiths", "notEquals", "notStartsWiths", "notEndsWiths"].some((k) => listOf(field[k]).length > 0)) narrowed = true;
                    break;
                default:
                    if (equals.length > 0 || other) narrowed = true;
            }
        }
        if (!data || !s3 || narrowed) continue;
        if (read) into.read = true;
        if (write) into.write = true;
    }
}

/** What a trail records of S3 object-level events; undefined when a selector is unknown. */
function coverage(trail: StackResource): Coverage | undefined {
    const props = recordOf(trail.props);
    // Read inside known(): a selector that is unknown during preview leaves the trail undecided.
    const result = known(() => {
        const found: Coverage = { read: false, write: false };
        basicCoverage(props.eventSelectors, found);
        advancedCoverage(props.advancedEventSelectors, found);
        return found;
    });
    return result.known ? result.value : undefined;
}

/**
 * CIS 3.8 and 3.9 ask that some trail of the account records S3 object-level write (and read)
 * events for every bucket. One such trail in the stack covers the stack; only when none does is
 * each trail reported.
 */
export default defineRule({
    id: "cloudtrail-s3-object-logging",
    title: "CloudTrail records S3 object-level events",
    description:
        "Management events do not show who read, wrote or deleted objects in S3. Data events for S3 objects do, which is what an investigation of a leak or a ransomware-style deletion needs. One trail of the stack recording them for every bucket is enough; a selector limited to some buckets or events does not count.",
    severity: "low",
    service: "cloudtrail",
    frameworks: {
        "cis-aws-3.0": ["3.8", "3.9"],
        "nist-800-53-r5": ["AU-2", "AU-12"],
    },
    tags: ["logging", "audit"],
    remediation:
        'On one trail, add `eventSelectors: [{ readWriteType: "All", includeManagementEvents: true, dataResources: [{ type: "AWS::S3::Object", values: ["arn:aws:s3"] }] }]`, or an advanced event selector with eventCategory = Data and resources.type = AWS::S3::Object. Data events are billed per event.',
    defaultLevel: "advisory",
    configSchema: {
        properties: {
            requireReadEvents: {
                type: "boolean",
                description: "Also require read events (GetObject and the like), as CIS 3.9 does; write events (CIS 3.8) are always required.",
            },
        },
    },
    configDefaults: { requireReadEvents: true },
    messages: {
        missing: "Trail `{{name}}` records no S3 object-level {{events}} for every bucket, and no other trail of the stack does.",
    },
    examples: {
        violating: [
            {
                description: "a trail of management events only",
                resources: [{ type: TRAIL, name: "audit", props: { s3BucketName: "acme-cloudtrail-logs", isMultiRegionTrail: true } }],
            },
        ],
        compliant: [
            {
                description: "a trail with S3 data events for every bucket",
                resources: [
                    {
                        type: TRAIL,
                        name: "audit",
                        props: {
                            s3BucketName: "acme-cloudtrail-logs",
                            isMultiRegionTrail: true,
                            eventSelectors: [{ readWriteType: "All", includeManagementEvents: true, dataResources: [{ type: "AWS::S3::Object", values: ["arn:aws:s3"] }] }],
                        },
                    },
                ],
            },
        ],
    },
    stack: true,
    validate(stack, ctx) {
        const trails = stack.ofType(TRAIL);
        if (trails.length === 0) return;
        const total: Coverage = { read: !ctx.config.requireReadEvents, write: false };
        let unknown = false;
        for (const trail of trails) {
            const c = coverage(trail);
            if (!c) {
                unknown = true;
                continue;
            }
            total.read ||= c.read;
            total.write ||= c.write;
        }
        if ((total.read && total.write) || unknown) return;
        const events = !total.write && !total.read ? "write or read events" : !total.write ? "write events" : "read events";
        for (const trail of trails) ctx.report({ urn: trail.urn, messageId: "missing", data: { name: trail.name, events }, propertyPath: "eventSelectors" });
    },
});
