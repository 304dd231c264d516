/**
 * Property-based robustness: every rule, fed random, null, wrong-typed, deeply nested, unknown
 * and secret props for each type it judges, never throws, answers the same way twice, and
 * never prints a secret value. Seeded; a failure prints the seed and the counterexample.
 */
import fc from "fast-check";
import { UNKNOWN_SENTINELS } from "../src";
import { mockResource, runRule, secret, unknown } from "../src/testing";
import { allRules } from "../packs";

const SEED = Number(process.env.GUARDRAILS_FC_SEED ?? 20261123);
const RUNS = Number(process.env.GUARDRAILS_FC_RUNS ?? 150);
const SECRET_TEXT = "zz-secret-canary-42";

/** Values of every JSON shape, plus unknown markers and a recognisable secret. */
const leaf: fc.Arbitrary<unknown> = fc.oneof(
    fc.constant(null),
    fc.constant(undefined),
    fc.boolean(),
    fc.integer({ min: -1, max: 70000 }),
    fc.double(),
    fc.string(),
    fc.constantFrom("*", "0.0.0.0/0", "::/0", "-1", "tcp", "ingress", "Allow", "public-read", "required", "optional", "{}", "[]", '{"Statement":"x"}'),
    fc.constantFrom(...(Object.keys(UNKNOWN_SENTINELS) as Array<keyof typeof UNKNOWN_SENTINELS>)).map((k): unknown => unknown(k)),
    fc.constant(SECRET_TEXT).map((t): unknown => secret(t)),
);
/** Nested a few levels deep: arrays and objects of values. */
const nest = (inner: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> =>
    fc.oneof(leaf, fc.array(inner, { maxLength: 4 }), fc.dictionary(fc.string({ maxLength: 8 }), inner, { maxKeys: 5 }));
const value = nest(nest(leaf));

/** Props using the property names rules read, so the random values reach the rules' logic. */
const KNOWN_KEYS = [
    "acl", "grants", "accessControlPolicy", "bucket", "policy", "ingress", "type", "protocol", "ipProtocol", "fromPort", "toPort",
    "cidrBlocks", "ipv6CidrBlocks", "cidrIpv4", "cidrIpv6", "metadataOptions", "blockPublicAcls", "blockPublicPolicy",
    "ignorePublicAcls", "restrictPublicBuckets", "tags",
    // Other AWS services' inputs (encryption, logging, sizes, endpoints).
    "encrypted", "kmsKeyId", "storageEncrypted", "publiclyAccessible", "instanceType", "instanceClass", "nodeType", "size", "iops",
    "retentionInDays", "memorySize", "timeout", "runtime", "billingMode", "readCapacity", "writeCapacity", "enableKeyRotation",
    "vpcConfig", "encryptionConfig", "defaultCacheBehavior", "origins", "domainEndpointOptions", "principal", "authorizationType",
    "rootBlockDevice", "ebsBlockDevices", "blockDeviceMappings", "defaultTags", "name",
    // Kubernetes objects.
    "metadata", "spec", "rules", "roleRef", "subjects", "apiVersion", "kind",
];
const props = fc.record(Object.fromEntries(KNOWN_KEYS.map((k) => [k, value])), { requiredKeys: [] });

const resourceTypes = [...new Set(allRules.flatMap((r) => (r.kind === "resource" ? r.resourceTypes : [
    "aws:s3/bucket:Bucket",
    "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock",
    "aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock",
])))];

describe.each(allRules.map((rule) => [rule.id, rule] as const))("%s", (_id, rule) => {
    const types = rule.kind === "resource" ? [...rule.resourceTypes] : resourceTypes;
    const resources = fc.array(fc.tuple(fc.constantFrom(...types), props), { minLength: 1, maxLength: rule.kind === "stack" ? 6 : 1 }).map((list) =>
        list.map(([type, p], i) => mockResource(type, p as Record<string, unknown>, { name: `r${i}` })),
    );

    test("never throws, is deterministic, never prints a secret", async () => {
        await fc.assert(
            fc.asyncProperty(resources, async (list) => {
                for (const level of ["mandatory", "remediate"] as const) {
                    const first = await runRule(rule, list, { level });
                    if (first.ruleErrors.length > 0) throw new Error(first.ruleErrors[0].message);
                    const again = await runRule(rule, list, { level });
                    expect(again.diagnostics).toEqual(first.diagnostics);
                    // Scrubbing is a second line of defence; the rule itself must not echo the secret.
                    for (const d of first.diagnostics) expect(d.message).not.toContain(SECRET_TEXT);
                    for (const r of first.remediations) expect(JSON.stringify(r.changes)).not.toContain(SECRET_TEXT);
                }
            }),
            { seed: SEED, numRuns: RUNS },
        );
    });
});
