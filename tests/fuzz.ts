/**
 * The fuzz harness: random, null, wrong-typed, nested, unknown and secret props for the types a
 * rule judges. Used by the property tests of every pack, and by a mutation test proving that it
 * catches a rule that throws or prints a secret.
 */
import fc from "fast-check";
import type { Rule } from "../src";
import { UNKNOWN_SENTINELS } from "../src/engine";
import type { ResourceUnderTest } from "../src/engine/evaluate";
import { mockResource, runRule, secret, unknown } from "../src/testing";
import PROPERTY_NAMES from "./property-names.generated.json";

export const SEED = Number(process.env.GUARDRAILS_FC_SEED ?? 20261123);
export const SECRET_TEXT = "zz-secret-canary-42";

const leaf: fc.Arbitrary<unknown> = fc.oneof(
    fc.constant(null),
    fc.constant(undefined),
    fc.boolean(),
    fc.integer({ min: -1, max: 70000 }),
    fc.double(),
    fc.string(),
    fc.constantFrom("*", "0.0.0.0/0", "::/0", "-1", "tcp", "ingress", "Allow", "public-read", "required", "optional", "{}", "[]", '{"Statement":"x"}', "gp2", "LoadBalancer", "cluster-admin"),
    fc.constantFrom(...(Object.keys(UNKNOWN_SENTINELS) as Array<keyof typeof UNKNOWN_SENTINELS>)).map((k): unknown => unknown(k)),
    fc.constant(SECRET_TEXT).map((t): unknown => secret(t)),
);
/** Property names per type token, read from the SDK Args types by scripts/generate-property-names.mjs. */
const NAMES = PROPERTY_NAMES as Readonly<Record<string, { readonly properties: readonly string[]; readonly nested: readonly string[] }>>;

/**
 * For a type the file does not list (one a rule judges only through a generated list, such as
 * every taggable type): the names most AWS types share (`tags`, `region`, ...).
 */
const COMMON_NAMES: readonly string[] = (() => {
    const aws = Object.entries(NAMES).filter(([t]) => t.startsWith("aws:"));
    const counts = new Map<string, number>();
    for (const [, n] of aws) for (const p of n.properties) counts.set(p, (counts.get(p) ?? 0) + 1);
    return [...counts].filter(([, c]) => c >= aws.length / 4).map(([p]) => p).sort();
})();

/** Random props for one type: its own property names at the top, its nested names (or any string) below. */
const propsByType = new Map<string, fc.Arbitrary<Record<string, unknown>>>();
function propsFor(type: string): fc.Arbitrary<Record<string, unknown>> {
    let arbitrary = propsByType.get(type);
    if (arbitrary) return arbitrary;
    const names = NAMES[type] ?? { properties: COMMON_NAMES, nested: [] };
    const key = names.nested.length > 0 ? fc.oneof(fc.constantFrom(...names.nested), fc.string({ maxLength: 8 })) : fc.string({ maxLength: 8 });
    const nest = (inner: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> =>
        fc.oneof(leaf, fc.array(inner, { maxLength: 4 }), fc.dictionary(key, inner, { maxKeys: 5 }));
    const value = nest(nest(leaf));
    arbitrary = fc.record(Object.fromEntries(names.properties.map((k) => [k, value])), { requiredKeys: [] });
    propsByType.set(type, arbitrary);
    return arbitrary;
}

/** Types for stack rules, which see the whole stack. */
const STACK_TYPES = [
    "aws:s3/bucket:Bucket", "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", "aws:s3/bucketPolicy:BucketPolicy",
    "aws:ec2/vpc:Vpc", "aws:ec2/flowLog:FlowLog", "aws:ec2/eip:Eip", "aws:ec2/natGateway:NatGateway", "aws:ec2/subnet:Subnet",
    "aws:iam/user:User", "aws:iam/accessKey:AccessKey", "aws:iam/userLoginProfile:UserLoginProfile",
    "aws:secretsmanager/secret:Secret", "kubernetes:core/v1:Namespace", "kubernetes:apps/v1:Deployment",
    "kubernetes:networking.k8s.io/v1:NetworkPolicy", "kubernetes:rbac.authorization.k8s.io/v1:ClusterRoleBinding",
];

/**
 * Random resources of the types `rule` judges (several, for a stack rule). `unmarked` forgets
 * where the secrets are, as a broken boundary would: the harness must then catch the leak.
 */
export function resourcesFor(rule: Rule, unmarked = false): fc.Arbitrary<ResourceUnderTest[]> {
    const types = rule.kind === "resource" ? [...rule.resourceTypes] : STACK_TYPES;
    const resource = fc.constantFrom(...types).chain((type) => propsFor(type).map((p) => [type, p] as const));
    return fc
        .array(resource, { minLength: 1, maxLength: rule.kind === "stack" ? 6 : 1 })
        // Untyped on purpose: the props are random, wrong-typed values.
        .map((list) => list.map(([type, p], i) => mockResource.untyped(type, p, { name: `r${i}` })))
        .map((list) => (unmarked ? list.map((r) => ({ ...r, secretPaths: [], unreadablePaths: [] })) : list));
}

let cases = 0;

/** Throws when the rule errs, answers differently twice, or lets the secret through. */
export async function checkRuleOn(rule: Rule, list: ResourceUnderTest[]): Promise<void> {
    const first = await runRule(rule, list, { level: "mandatory" });
    if (first.ruleErrors.length > 0) throw new Error(first.ruleErrors[0].message);
    // Determinism is checked on every 8th case: a rule that depends on hidden state shows quickly.
    if (cases++ % 8 === 0) {
        const again = await runRule(rule, list, { level: "mandatory" });
        if (JSON.stringify(again.diagnostics) !== JSON.stringify(first.diagnostics)) throw new Error("the rule answered differently twice");
    }
    // At level remediate a rule without `remediate` behaves as at mandatory: run it only when it differs.
    const remediated = rule.kind === "resource" && rule.remediate ? await runRule(rule, list, { level: "remediate" }) : first;
    if (remediated.ruleErrors.length > 0) throw new Error(remediated.ruleErrors[0].message);
    // Every field of every diagnostic (message, detail, data, path, URN) and every remediation.
    for (const d of [...first.diagnostics, ...remediated.diagnostics]) {
        if (JSON.stringify(d).includes(SECRET_TEXT)) throw new Error(`a secret got out: ${d.message}`);
    }
    if (JSON.stringify(remediated.remediations).includes(SECRET_TEXT)) throw new Error("a remediation exposed a secret");
}

/** Fuzzes a rule; resolves to fast-check's run details (failed, seed, counterexample). */
export function fuzzRule(rule: Rule, runs: number, seed = SEED, options: { unmarked?: boolean } = {}) {
    return fc.check(fc.asyncProperty(resourcesFor(rule, options.unmarked), (list) => checkRuleOn(rule, list)), { seed, numRuns: runs });
}
