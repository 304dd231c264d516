import { defineRule, knownOr } from "pulumi-guardrails";
import type {} from "pulumi-guardrails/types/aws/s3";

/** Acme's buckets carry the company prefix, so they can be found and are never squatted. */
export default defineRule({
    id: "acme-bucket-naming",
    title: "Bucket names start with the Acme prefix",
    description: "Bucket names are global: a predictable, prefixed name keeps Acme's buckets recognisable in cost reports and access logs, and stops look-alike names from being mistaken for ours.",
    severity: "low",
    service: "s3",
    tags: ["acme", "naming"],
    remediation: 'Name the bucket `acme-<team>-<purpose>`, or leave `bucket` unset and set `bucketPrefix: "acme-<team>-"`.',
    defaultLevel: "advisory",
    configSchema: { properties: { prefix: { type: "string", description: "The required name prefix." } } },
    configDefaults: { prefix: "acme-" },
    resourceType: ["aws:s3/bucket:Bucket"],
    validate(props, ctx) {
        // An auto-named bucket (no name, no prefix) is named by Pulumi from the resource name.
        const name = knownOr(() => props.bucket, undefined) ?? knownOr(() => props.bucketPrefix, undefined);
        if (typeof name !== "string") return;
        if (!name.startsWith(ctx.config.prefix)) {
            ctx.report({ message: `Bucket \`${ctx.name}\` is not named with the "${ctx.config.prefix}" prefix.`, propertyPath: props.bucket !== undefined ? "bucket" : "bucketPrefix" });
        }
    },
});
