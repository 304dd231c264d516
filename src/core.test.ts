import { defineRule, definePack, resolveLevel, selectRules, RuleDefinitionError, SelectionError } from ".";
import { buildPolicies, UNKNOWN_SENTINELS } from "./engine";
import { checkCase, expectRemediated, expectViolation, mockResource, runRule, secret } from "./testing";

const base = {
    title: "Example",
    description: "Why it matters.",
    severity: "medium" as const,
    remediation: "Do the right thing.",
    defaultLevel: "advisory" as const,
};

describe("defineRule", () => {
    test.each([
        [{ id: "Not_Kebab" }, /kebab-case/],
        [{ id: "all" }, /reserved/],
        [{ id: "ok-id", severity: "severe" }, /severity/],
        [{ id: "ok-id", defaultLevel: "block" }, /defaultLevel/],
        [{ id: "ok-id", remediation: " " }, /remediation/],
        [{ id: "ok-id", configSchema: { properties: { enforcementLevel: { type: "string" } } } }, /enforcementLevel/],
        [{ id: "ok-id", configDefaults: { x: 1 } }, /configDefaults.x/],
        [{ id: "ok-id", resourceType: "bucket" }, /type tokens/],
    ])("rejects %j", (override, message) => {
        const def = { ...base, resourceType: "aws:s3/bucket:Bucket", validate: () => undefined, ...override };
        expect(() => defineRule(def as never)).toThrow(RuleDefinitionError);
        expect(() => defineRule(def as never)).toThrow(message);
    });

    test("rejects a remediating stack rule", () => {
        expect(() => defineRule({ ...base, id: "s", stack: true, validate: () => undefined, remediate: () => undefined } as never)).toThrow(/cannot remediate/);
    });
});

const a = defineRule({ ...base, id: "rule-a", service: "s3", severity: "high", frameworks: { "cis-aws-3.0": ["2.1.1"] }, tags: ["data"], resourceType: "aws:s3/bucket:Bucket", validate: () => undefined });
const b = defineRule({ ...base, id: "rule-b", service: "ec2", severity: "low", frameworks: { "pci-dss-4.0": ["1.3.1"] }, resourceType: "aws:ec2/instance:Instance", validate: () => undefined });
const c = defineRule({ ...base, id: "rule-c", service: "iam", severity: "critical", defaultLevel: "mandatory", stack: true, validate: () => undefined });
const packOne = definePack({ name: "one", version: "1.0.0", description: "d", rules: [a, b] });
const packTwo = definePack({ name: "two", version: "1.0.0", description: "d", rules: [c] });

describe("selectRules", () => {
    const ids = (sel: Parameters<typeof selectRules>[1]) => selectRules([packOne, packTwo], sel).map((r) => r.id);
    test("by pack", () => expect(ids({ packs: ["two"] })).toEqual(["rule-c"]));
    test("by service", () => expect(ids({ services: ["s3", "iam"] })).toEqual(["rule-a", "rule-c"]));
    test("by severity list and minimum", () => {
        expect(ids({ severities: ["low"] })).toEqual(["rule-b"]);
        expect(ids({ minSeverity: "high" })).toEqual(["rule-a", "rule-c"]);
    });
    test("by framework, with or without version", () => {
        expect(ids({ frameworks: ["cis-aws"] })).toEqual(["rule-a"]);
        expect(ids({ frameworks: ["pci-dss-4.0"] })).toEqual(["rule-b"]);
        expect(ids({ frameworks: ["nist-800-53"] })).toEqual([]);
    });
    test("by id and tag, criteria combine", () => {
        expect(ids({ ids: ["rule-b", "rule-c"], minSeverity: "medium" })).toEqual(["rule-c"]);
        expect(ids({ tags: ["data"] })).toEqual(["rule-a"]);
    });
    test("by framework user name: one naming scheme everywhere", () => {
        expect(ids({ frameworks: ["cis-aws-foundations"] })).toEqual(["rule-a"]);
        expect(ids({ frameworks: ["pci-dss"] })).toEqual(["rule-b"]);
    });
    test.each([
        [{ packs: ["onee"] }, /unknown pack "onee" \(did you mean "one"\?\)/],
        [{ minSeverity: "hgh" as never }, /unknown severity "hgh" \(did you mean "high"\?\)/],
        [{ severities: ["severe" as never] }, /unknown severity "severe"/],
        [{ frameworks: ["pci-dds"] }, /unknown framework "pci-dds" \(did you mean "pci-dss"\?\)/],
        [{ services: ["s4"] }, /unknown service "s4"/],
        [{ tags: ["dta"] }, /unknown tag "dta" \(did you mean "data"\?\)/],
        [{ ids: ["rule-d"] }, /unknown rule "rule-d"/],
    ])("a name that does not exist is refused, never an empty or full selection: %j", (selection, message) => {
        expect(() => ids(selection)).toThrow(SelectionError);
        expect(() => ids(selection)).toThrow(message);
    });
    test("definePack rejects duplicate ids", () => {
        expect(() => definePack({ name: "dup", version: "1.0.0", description: "d", rules: [a, a] })).toThrow(/defined twice/);
    });
});

describe("levels", () => {
    const [ra] = packOne.rules;
    test("rule beats pack beats all beats default", () => {
        expect(resolveLevel(ra)).toBe("advisory");
        expect(resolveLevel(ra, { all: "mandatory" })).toBe("mandatory");
        expect(resolveLevel(ra, { all: "mandatory", packs: { one: "disabled" } })).toBe("disabled");
        expect(resolveLevel(ra, { all: "mandatory", packs: { one: "disabled" }, rules: { "rule-a": "advisory" } })).toBe("advisory");
    });
    test("remediate on a rule that cannot remediate enforces as mandatory", () => {
        expect(resolveLevel(ra, { all: "remediate" })).toBe("mandatory");
    });
    test("policies carry the SDK's metadata fields", () => {
        const [policy] = buildPolicies([ra], { rules: { "rule-a": "mandatory" } });
        expect(policy).toMatchObject({
            name: "rule-a",
            displayName: "Example",
            enforcementLevel: "mandatory",
            severity: "high",
            remediationSteps: "Do the right thing.",
            framework: { name: "cis-aws", version: "3.0", reference: "2.1.1" },
            tags: ["data"],
        });
    });
});

describe("evaluation semantics", () => {
    test("unknown sentinels match the installed @pulumi/policy", () => {
        // Declared internal in its typings, so read at run time.
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const proxy = require("@pulumi/policy/proxy") as Record<string, string>;
        expect(UNKNOWN_SENTINELS).toEqual({
            boolean: proxy.unknownBooleanValue,
            number: proxy.unknownNumberValue,
            string: proxy.unknownStringValue,
            array: proxy.unknownArrayValue,
            asset: proxy.unknownAssetValue,
            archive: proxy.unknownArchiveValue,
            object: proxy.unknownObjectValue,
        });
    });

    const crashing = defineRule({
        ...base,
        id: "crashes",
        defaultLevel: "mandatory",
        resourceType: "aws:s3/bucket:Bucket",
        validate(props) {
            JSON.parse(String(props.bucket)); // throws a SyntaxError quoting its input
        },
    });

    test("a rule that throws yields an advisory diagnostic naming rule and URN, without echoing input", async () => {
        const resource = mockResource("aws:s3/bucket:Bucket", { bucket: "customer-data-xyz" });
        const result = await runRule(crashing, resource);
        expect(result.violations).toEqual([]);
        expect(result.ruleErrors).toHaveLength(1);
        const [error] = result.ruleErrors;
        expect(error.enforcementLevel).toBe("advisory");
        expect(error.message).toContain('Rule "crashes"');
        expect(error.message).toContain(resource.urn);
        expect(error.message).toContain("SyntaxError");
        expect(error.message).not.toContain("customer-data-xyz");
    });

    const echoing = defineRule({
        ...base,
        id: "echoes",
        resourceType: "aws:s3/bucket:Bucket",
        validate(props, ctx) {
            ctx.report({ message: `Bucket name is ${String(props.bucket)}.`, propertyPath: "bucket" });
        },
    });

    test("messages carry description, what, where and fix; a run that read a secret has its details withheld", async () => {
        const plain = await runRule(echoing, mockResource("aws:s3/bucket:Bucket", { bucket: "logs" }));
        expect(expectViolation(plain, "echoes", { propertyPath: "bucket" })[0].message).toBe("Why it matters.\nBucket name is logs. Property: `bucket`. Fix: Do the right thing.");
        const result = await runRule(echoing, mockResource("aws:s3/bucket:Bucket", { bucket: secret("hunter2-bucket") }));
        const [v] = expectViolation(result, "echoes", { propertyPath: "bucket" });
        expect(v.message).toBe(
            "Why it matters.\nExample: not met. The details are withheld because this finding rests on secret values (`bucket`). Property: `bucket`. Fix: Do the right thing.",
        );
    });

    const tagger = defineRule({
        ...base,
        id: "needs-owner-tag",
        resourceType: "aws:s3/bucket:Bucket",
        validate(props, ctx) {
            if (!props.tags?.owner) ctx.report({ message: "No owner tag.", propertyPath: "tags.owner" });
        },
        remediate(props) {
            props.tags = { ...(props.tags ?? {}), owner: "platform" };
        },
    });

    test("remediation runs only on violating resources, then validation sees the fixed props", async () => {
        const bad = mockResource("aws:s3/bucket:Bucket", { tags: { team: "x" } }, { name: "bad" });
        const good = mockResource("aws:s3/bucket:Bucket", { tags: { owner: "me" } }, { name: "good" });
        const result = await runRule(tagger, [bad, good], { level: "remediate" });
        expect(result.remediations.map((r) => r.urn)).toEqual([bad.urn]);
        expectRemediated(result, "needs-owner-tag", "tags.owner", "platform");
        expect(result.violations).toEqual([]);
    });

    test("at mandatory, the same rule reports instead of fixing", async () => {
        await checkCase(tagger, { name: "m", resources: mockResource("aws:s3/bucket:Bucket", {}), expect: { violations: ["tags.owner"] } });
    });

    test("disabled rules do not run", async () => {
        const result = await runRule(echoing, mockResource("aws:s3/bucket:Bucket", { bucket: "b" }), { level: "disabled" });
        expect(result.diagnostics).toEqual([]);
    });
});
