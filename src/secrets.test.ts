/**
 * Secret-ness by origin, at the one boundary every rule run's output passes: each case is a
 * way a secret used to get out (a derived value, a key, a path, a URN, a remediation, the
 * decision log) or a way an unreadable value used to pass.
 */
import { defineRule, known, knownOr, peek, type Rule } from "./index";
import { toPolicy, type DecisionEvent } from "./policy";
import { evaluatePolicies } from "./engine/evaluate";
import { expectCouldNotJudge, mockResource, runRule, secret, unknown, unreadableSecret } from "./testing";
import { MarkTree, SECRET_SIG, secretMarksOfEncoded, SecretWatch, SIG_KEY, watchSecrets } from "./secrets";
import { parsePropertyPath } from "./property-path";

const MARK = "MARKER-7f3a";
const base = { title: "Example rule", description: "Why.", severity: "high" as const, remediation: "Fix it.", defaultLevel: "mandatory" as const };

/** Every diagnostic and remediation, as one string to search. */
async function everything(rule: Rule, resource: ReturnType<typeof mockResource>, level: "mandatory" | "remediate" = "mandatory") {
    const result = await runRule(rule, resource, { level });
    return { result, text: JSON.stringify({ d: result.diagnostics, r: result.remediations }) };
}

describe("derived values are withheld", () => {
    const actionRule = defineRule({
        ...base,
        id: "actions",
        resourceType: "aws:iam/policy:Policy",
        validate(props, ctx) {
            const doc = JSON.parse(String(props.policy)) as { Statement: Array<{ Action: string }> };
            doc.Statement.forEach((s, i) => ctx.report({ message: `Statement ${i} allows ${s.Action}.`, propertyPath: `policy.Statement[${i}].Action` }));
        },
    });

    test("an action parsed out of a secret policy string", async () => {
        const policy = JSON.stringify({ Statement: [{ Action: `${MARK}:*` }] });
        const { result, text } = await everything(actionRule, mockResource("aws:iam/policy:Policy", { policy: secret(policy) }));
        expect(result.violations).toHaveLength(1);
        expect(text).not.toContain(MARK);
        expect(result.violations[0].propertyPath).toBe("policy");
        expect(result.violations[0].message).toContain("withheld because this finding rests on secret values (`policy`)");
    });

    test("the same policy, not secret, is reported in full", async () => {
        const policy = JSON.stringify({ Statement: [{ Action: `${MARK}:*` }] });
        const { result } = await everything(actionRule, mockResource("aws:iam/policy:Policy", { policy }));
        expect(result.violations[0].message).toContain(`allows ${MARK}:*`);
        expect(result.violations[0].propertyPath).toBe("policy.Statement[0].Action");
    });

    const tagKeys = defineRule({
        ...base,
        id: "tag-keys",
        resourceType: "aws:s3/bucket:Bucket",
        validate(props, ctx) {
            for (const key of Object.keys(props.tags ?? {})) {
                if (key !== key.toLowerCase()) ctx.report({ message: `Tag key ${key} is not lower case.`, propertyPath: `tags.${key}` });
            }
        },
    });

    test("keys of a secret tags object, in the message and in the path", async () => {
        const { result, text } = await everything(tagKeys, mockResource("aws:s3/bucket:Bucket", { tags: secret({ [MARK]: "v" }) }));
        expect(result.violations).toHaveLength(1);
        expect(text).not.toContain(MARK);
        expect(result.violations[0].propertyPath).toBe("tags");
    });

    test("a secret value inside a plain tags object cuts the path at that value", async () => {
        const values = defineRule({
            ...base,
            id: "tag-values",
            resourceType: "aws:s3/bucket:Bucket",
            validate(props, ctx) {
                for (const [key, value] of Object.entries(props.tags ?? {})) if (value.includes("MARKER")) ctx.report({ message: `Tag ${key}=${value}.`, propertyPath: `tags.${key}` });
            },
        });
        const { result, text } = await everything(values, mockResource("aws:s3/bucket:Bucket", { tags: { owner: secret(MARK) } }));
        expect(text).not.toContain(MARK);
        // `owner` is a key of the plain object, so the path may name it; its value is the secret.
        expect(result.violations[0].propertyPath).toBe("tags.owner");
    });

    test("an image tag taken out of a secret image string, with message data", async () => {
        const image = defineRule({
            ...base,
            id: "image-tag",
            resourceType: "kubernetes:core/v1:Pod",
            messages: { latest: "Container {{container}} uses tag {{tag}}." },
            validate(props, ctx) {
                (props.spec?.containers ?? []).forEach((c, i) => {
                    const tag = String(c.image).split(":")[1];
                    ctx.report({ messageId: "latest", data: { container: String(c.name), tag }, propertyPath: `spec.containers[${i}].image` });
                });
            },
        });
        const pod = mockResource("kubernetes:core/v1:Pod", { spec: { containers: [{ name: "app", image: secret(`repo/app:${MARK}`) }] } });
        const { result, text } = await everything(image, pod);
        expect(text).not.toContain(MARK);
        expect(result.violations[0]).toMatchObject({ messageId: "latest", data: { container: "[secret]", tag: "[secret]" }, propertyPath: "spec.containers[0].image" });
    });

    test("a path or URN made up out of a secret is not shown", async () => {
        const fabricating = defineRule({
            ...base,
            id: "fabricates",
            resourceType: "aws:s3/bucket:Bucket",
            validate(props, ctx) {
                ctx.report({ message: "bad", propertyPath: `acl.${String(props.bucket)}`, urn: String(props.bucket) });
            },
        });
        const bucket = mockResource("aws:s3/bucket:Bucket", { bucket: secret(MARK), acl: "private" });
        const { result, text } = await everything(fabricating, bucket);
        expect(text).not.toContain(MARK);
        expect(result.violations[0].propertyPath).toBeUndefined();
        expect(result.violations[0].urn).toBe(bucket.urn);
    });

    test("a computed fix falls back to the rule's remediation", async () => {
        const fixing = defineRule({
            ...base,
            id: "fixes",
            resourceType: "aws:s3/bucket:Bucket",
            validate(props, ctx) {
                ctx.report({ message: "bad", fix: `Rename ${String(props.bucket)}.` });
            },
        });
        const { result, text } = await everything(fixing, mockResource("aws:s3/bucket:Bucket", { bucket: secret(MARK) }));
        expect(text).not.toContain(MARK);
        expect(result.violations[0].fix).toBeUndefined();
        expect(result.violations[0].message).toContain("Fix: Fix it.");
    });

    test("a rule error after reading a secret names the error kind only", async () => {
        const crashing = defineRule({
            ...base,
            id: "crashes",
            resourceType: "aws:s3/bucket:Bucket",
            validate(props) {
                throw new TypeError(`cannot handle ${String(props.bucket)}`);
            },
        });
        const { result, text } = await everything(crashing, mockResource("aws:s3/bucket:Bucket", { bucket: secret(MARK) }));
        expect(result.ruleErrors).toHaveLength(1);
        expect(text).not.toContain(MARK);
    });

    test("a not-applicable reason built from a secret is withheld, in the result and the decision log", async () => {
        const events: DecisionEvent[] = [];
        const skipping = defineRule({
            ...base,
            id: "skips",
            resourceType: "aws:s3/bucket:Bucket",
            validate(props, ctx) {
                ctx.notApplicable(`bucket ${String(props.bucket)} is managed elsewhere`);
            },
        });
        const bucket = mockResource("aws:s3/bucket:Bucket", { bucket: secret(MARK) });
        const result = await evaluatePolicies([toPolicy(skipping, "mandatory", { decided: (e) => events.push(e) })], [bucket], { packName: "p", packVersion: "1.0.0" });
        expect(result.notApplicable).toHaveLength(1);
        expect(JSON.stringify({ n: result.notApplicable, events })).not.toContain(MARK);
        const plain = await runRule(skipping, mockResource("aws:s3/bucket:Bucket", { bucket: "logs" }));
        expect(plain.notApplicable[0].reason).toBe("bucket logs is managed elsewhere");
    });

    test("a remediation that copies a secret shows none of its changes' values", async () => {
        const copying = defineRule({
            ...base,
            id: "copies",
            resourceType: "aws:s3/bucket:Bucket",
            validate(props, ctx) {
                if (!props.tags?.name) ctx.report({ message: "no name tag", propertyPath: "tags.name" });
            },
            remediate(props) {
                props.tags = { ...(props.tags ?? {}), name: String(props.bucket) };
            },
        });
        const { result, text } = await everything(copying, mockResource("aws:s3/bucket:Bucket", { bucket: secret(MARK) }), "remediate");
        expect(result.remediations[0].changes).toEqual([{ path: "tags", before: "[secret]", after: "[secret]" }]);
        expect(text).not.toContain(MARK);
    });
});

describe("nothing unrelated is scrubbed", () => {
    test("a secret `true` elsewhere leaves `runAsNonRoot: true` in a message about a plain value", async () => {
        const rule = defineRule({
            ...base,
            id: "non-root",
            resourceType: "kubernetes:core/v1:Pod",
            validate(props, ctx) {
                if (props.spec?.securityContext?.runAsNonRoot !== false) ctx.report({ message: `runAsNonRoot: true is not enough here.`, propertyPath: "spec.securityContext.runAsNonRoot" });
            },
        });
        const pod = mockResource("kubernetes:core/v1:Pod", { spec: { securityContext: { runAsNonRoot: true }, hostNetwork: secret(true) } });
        const { result } = await everything(rule, pod);
        expect(result.violations[0].message).toContain("runAsNonRoot: true is not enough here.");
        expect(result.violations[0].message).not.toContain("[secret]");
    });
});

describe("an unreadable value is never a pass", () => {
    const rdsPublic = defineRule({
        ...base,
        id: "rds-public",
        resourceType: "aws:rds/instance:Instance",
        validate(props, ctx) {
            if (props.publiclyAccessible === true) ctx.report({ message: "public", propertyPath: "publiclyAccessible" });
        },
    });

    test("over the protocol, a secret whose value is the placeholder is unreadable; a decrypted one is only secret", () => {
        const wrap = (value: unknown) => ({ [SIG_KEY]: SECRET_SIG, value });
        expect(secretMarksOfEncoded({ userData: wrap("[secret]"), password: wrap("hunter2"), tags: { a: wrap({ b: "[secret]" }) } })).toEqual({
            secret: [["userData"], ["password"], ["tags", "a"]],
            unreadable: [["userData"]],
        });
        expect(secretMarksOfEncoded({ plain: "[secret]" })).toEqual({ secret: [] });
    });

    test("an encrypted flag: could not judge, with the property named", async () => {
        const result = await runRule(rdsPublic, mockResource("aws:rds/instance:Instance", { publiclyAccessible: unreadableSecret() }));
        expectCouldNotJudge(result, "rds-public");
        expect(result.skippedForSecret[0].message).toContain("Could not judge: `publiclyAccessible` is secret");
    });

    test("read through known(): could not judge as well", async () => {
        const viaKnown = defineRule({
            ...base,
            id: "via-known",
            resourceType: "aws:rds/instance:Instance",
            validate(props, ctx) {
                const flag = known(() => props.publiclyAccessible);
                if (flag.known && flag.value === true) ctx.report("public");
            },
        });
        const result = await runRule(viaKnown, mockResource("aws:rds/instance:Instance", { publiclyAccessible: unreadableSecret() }));
        expect(result.skippedForSecret.map((d) => d.policyName)).toEqual(["via-known"]);
    });

    test("an unknown value a rule assumed compliant is a note, not a pass", async () => {
        const assuming = defineRule({
            ...base,
            id: "assumes",
            resourceType: "aws:rds/instance:Instance",
            validate(props, ctx) {
                if (!knownOr(() => props.storageEncrypted, true)) ctx.report("unencrypted");
            },
        });
        const result = await runRule(assuming, mockResource("aws:rds/instance:Instance", { storageEncrypted: unknown("boolean") }));
        expect(result.skippedForUnknown.map((d) => d.message)).toEqual([expect.stringContaining("Could not judge: `storageEncrypted` is not known")]);
    });

    test("peek() is for values with another way to decide: no note", async () => {
        const peeking = defineRule({
            ...base,
            id: "peeks",
            resourceType: "aws:rds/instance:Instance",
            validate(props, ctx) {
                const id = peek(() => props.identifier);
                if (id.known && id.value === "bad") ctx.report("bad");
            },
        });
        const result = await runRule(peeking, mockResource("aws:rds/instance:Instance", { identifier: unknown() }));
        expect(result.diagnostics).toEqual([]);
    });

    test("a violation found beside an unreadable value is still reported", async () => {
        const both = defineRule({
            ...base,
            id: "both",
            resourceType: "aws:rds/instance:Instance",
            validate(props, ctx) {
                if (props.storageEncrypted !== true) ctx.report({ message: "unencrypted", propertyPath: "storageEncrypted" });
                if (known(() => props.publiclyAccessible).known) ctx.report("never");
            },
        });
        const result = await runRule(both, mockResource("aws:rds/instance:Instance", { storageEncrypted: false, publiclyAccessible: unreadableSecret() }));
        expect(result.violations.map((v) => v.propertyPath)).toEqual(["storageEncrypted"]);
        expect(result.skippedForSecret).toEqual([]);
    });
});

describe("the decision log gets what reports get", () => {
    test("the reason of a violation on a secret is the withheld text; an unreadable value is skipped-secret", async () => {
        const events: DecisionEvent[] = [];
        const rule = defineRule({
            ...base,
            id: "acl",
            resourceType: "aws:s3/bucket:Bucket",
            validate(props, ctx) {
                if (props.acl !== "private") ctx.report(`uses the canned ACL "${String(props.acl)}"`);
            },
        });
        const policy = toPolicy(rule, "mandatory", { decided: (e) => events.push(e) });
        const leaky = mockResource("aws:s3/bucket:Bucket", { acl: secret(`public-read-${MARK}`) }, { name: "a" });
        const unreadable = mockResource("aws:s3/bucket:Bucket", { acl: unreadableSecret() }, { name: "b" });
        await evaluatePolicies([policy], [leaky, unreadable], { packName: "p", packVersion: "1.0.0" });
        expect(JSON.stringify(events)).not.toContain(MARK);
        expect(events.map((e) => e.outcome)).toEqual(["violation", "skipped-secret"]);
    });
});

describe("the watch itself", () => {
    test("handing out the whole object counts as reading every secret in it", () => {
        const watch = new SecretWatch();
        const tree = MarkTree.of({ secret: [["a", "b"]] });
        if (!tree) throw new Error("no tree");
        const props = watchSecrets({ a: { b: 1, c: 2 }, d: 3 }, tree, watch);
        expect(props.d).toBe(3);
        expect(watch.sawSecrets).toBe(false);
        expect(JSON.stringify(props.a)).toBe('{"b":1,"c":2}');
        expect([...watch.secretsRead]).toEqual(["a.b"]);
    });

    test("property paths parse as messages print them", () => {
        expect(parsePropertyPath("spec.containers[0].image")).toEqual(["spec", "containers", 0, "image"]);
        expect(parsePropertyPath("ingress[1]")).toEqual(["ingress", 1]);
        expect(parsePropertyPath("a..b")).toBeUndefined();
    });
});
