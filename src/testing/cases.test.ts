import { defineRule, RuleDefinitionError } from "../rule";
import { checkCase, expectViolation, mockResource, runRule, unknown, type RuleCase } from ".";

// The kit's own guarantees: a case cannot pass by testing nothing, and message ids are checked.

const BUCKET = "aws:s3/bucket:Bucket";

const meta = {
    title: "Test rule",
    description: "A rule for testing the testing kit.",
    severity: "high",
    remediation: "Fix it.",
    defaultLevel: "mandatory",
} as const;

const aclRule = defineRule({
    ...meta,
    id: "kit-acl",
    messages: { publicAcl: 'Bucket `{{name}}` uses "{{acl}}".' },
    resourceType: BUCKET,
    validate(props, ctx) {
        if (props.acl === "public-read") ctx.report({ messageId: "publicAcl", data: { name: ctx.name, acl: props.acl }, propertyPath: "acl" });
    },
});

/** Never looks at the resource: every case it "passes" is vacuous. */
const blindRule = defineRule({
    ...meta,
    id: "kit-blind",
    resourceType: BUCKET,
    validate() {
        // A rule whose guard returns before reading anything.
    },
});

describe("a case cannot pass vacuously", () => {
    test("a case on a type the rule does not judge fails", async () => {
        const wrongType: RuleCase = { name: "queue", resources: mockResource("aws:sqs/queue:Queue", {}), expect: "pass" };
        await expect(checkCase(aclRule, wrongType)).rejects.toThrow(/does not judge aws:sqs\/queue:Queue/);
    });

    test("a pass where the rule read no property fails, naming what the case supplied", async () => {
        const vacuous: RuleCase = { name: "private", resources: mockResource(BUCKET, { acl: "private" }), expect: "pass" };
        await expect(checkCase(blindRule, vacuous)).rejects.toThrow(/without reading any of its properties \(the case supplies acl\)/);
        await expect(checkCase(blindRule, { ...vacuous, resources: mockResource(BUCKET, {}) })).rejects.toThrow(/vacuous/);
    });

    test("a genuine pass passes, including an absent property the rule reads", async () => {
        await checkCase(aclRule, { name: "private", resources: mockResource(BUCKET, { acl: "private" }), expect: "pass" });
        // `{}` means "no ACL set": reading the absent `acl` is a look.
        await checkCase(aclRule, { name: "no ACL", resources: mockResource(BUCKET, {}), expect: "pass" });
    });

    test("a rule that reads through ctx.resource is seen looking too", async () => {
        const viaContext = defineRule({
            ...meta,
            id: "kit-via-context",
            resourceType: BUCKET,
            validate(_props, ctx) {
                if (ctx.resource.props.acl === "public-read") ctx.report("public");
            },
        });
        await checkCase(viaContext, { name: "private", resources: mockResource(BUCKET, { acl: "private" }), expect: "pass" });
    });

    test("not-judged states that the rule had nothing to look at, and fails when it looked", async () => {
        await checkCase(blindRule, { name: "nothing to judge", resources: mockResource(BUCKET, { acl: "private" }), expect: "not-judged" });
        await expect(checkCase(aclRule, { name: "looked", resources: mockResource(BUCKET, { acl: "private" }), expect: "not-judged" })).rejects.toThrow(
            /but it read .*\(acl\)/,
        );
    });

    test("reading through the tracker keeps preview semantics: an unknown still skips the rule", async () => {
        await checkCase(aclRule, { name: "unknown ACL", resources: mockResource(BUCKET, { acl: unknown() }), expect: "skipped" });
        await expect(checkCase(aclRule, { name: "unknown ACL", resources: mockResource(BUCKET, { acl: unknown() }), expect: "pass" })).rejects.toThrow(
            /could not judge/,
        );
    });

    test("a stack rule that read no resource's props fails a pass; one that did passes", async () => {
        const countsOnly = defineRule({ ...meta, id: "kit-stack-blind", stack: true, validate: (stack) => void stack.ofType(BUCKET).length });
        const reads = defineRule({
            ...meta,
            id: "kit-stack-reads",
            stack: true,
            validate(stack, ctx) {
                for (const b of stack.ofType(BUCKET)) if (b.props.acl === "public-read") ctx.report({ message: "public", urn: b.urn });
            },
        });
        const resources = [mockResource(BUCKET, { acl: "private" })];
        await expect(checkCase(countsOnly, { name: "blind", resources, expect: "pass" })).rejects.toThrow(/without reading a property of any given resource/);
        await checkCase(reads, { name: "looks", resources, expect: "pass" });
        // Joins keep working: resources handed out twice are the same object.
        const same = defineRule({
            ...meta,
            id: "kit-stack-identity",
            stack: true,
            validate(stack, ctx) {
                const [first] = stack.resources;
                if (stack.byUrn(first.urn) !== first || stack.ofType(BUCKET)[0] !== first) ctx.report("identity lost");
                void first.props.acl;
            },
        });
        await checkCase(same, { name: "identity", resources, expect: "pass" });
    });
});

describe("message ids", () => {
    test("a case asserts the id and data, not the wording", async () => {
        const resources = mockResource(BUCKET, { acl: "public-read" }, { name: "site" });
        await checkCase(aclRule, {
            name: "public",
            resources,
            expect: { violations: [{ messageId: "publicAcl", data: { name: "site", acl: "public-read" }, propertyPath: "acl" }] },
        });
        await expect(
            checkCase(aclRule, { name: "wrong data", resources, expect: { violations: [{ messageId: "publicAcl", data: { name: "other", acl: "public-read" } }] } }),
        ).rejects.toThrow(/Missing violation/);
        await expect(checkCase(aclRule, { name: "wrong id", resources, expect: { violations: [{ messageId: "privateAcl" }] } })).rejects.toThrow(
            /Missing violation/,
        );
    });

    test("the template is rendered into the violation text, and the diagnostic carries id and data", async () => {
        const result = await runRule(aclRule, mockResource(BUCKET, { acl: "public-read" }, { name: "site" }));
        expect(result.violations[0].detail).toBe('Bucket `site` uses "public-read".');
        expect(result.violations[0].messageId).toBe("publicAcl");
        expect(result.violations[0].data).toEqual({ name: "site", acl: "public-read" });
        expectViolation(result, "kit-acl", { messageId: "publicAcl", propertyPath: "acl" });
        expect(() => expectViolation(result, "kit-acl", { messageId: "other" })).toThrow(/Expected a violation/);
    });

    test("a missing placeholder or an unknown id is a rule error naming the id", async () => {
        const missing = defineRule({
            ...meta,
            id: "kit-missing-data",
            messages: { publicAcl: "Bucket {{name}} uses {{acl}}." },
            resourceType: BUCKET,
            validate: (_props, ctx) => ctx.report({ messageId: "publicAcl", data: { name: ctx.name } }),
        });
        const missingResult = await runRule(missing, mockResource(BUCKET, {}));
        expect(missingResult.ruleErrors[0].message).toContain('message "publicAcl" needs data for {{acl}}');
        const unknownId = defineRule({ ...meta, id: "kit-unknown-id", resourceType: BUCKET, validate: (_props, ctx) => ctx.report({ messageId: "nope" }) });
        expect((await runRule(unknownId, mockResource(BUCKET, {}))).ruleErrors[0].message).toContain('messageId "nope", which is not in messages');
    });

    test("defineRule rejects an empty or malformed template", () => {
        const def = { ...meta, id: "kit-bad-template", resourceType: BUCKET, validate: () => undefined } as const;
        expect(() => defineRule({ ...def, messages: { a: "" } })).toThrow(RuleDefinitionError);
        expect(() => defineRule({ ...def, messages: { a: "Bucket {{ na-me }} is public." } })).toThrow(/malformed placeholder/);
    });
});

describe("a case's config is checked as the engine checks a policy pack config", () => {
    const configured = defineRule({
        ...meta,
        id: "kit-configured",
        configSchema: { properties: { limit: { type: "integer", minimum: 1 } } },
        configDefaults: { limit: 3 },
        resourceType: BUCKET,
        validate(props, ctx) {
            if (typeof props.acl === "string" && props.acl.length > ctx.config.limit) ctx.report({ message: "too long", propertyPath: "acl" });
        },
    });
    const bucket = mockResource(BUCKET, { acl: "private" });

    test("config keyed by something other than a rule id fails", async () => {
        await expect(runRule(configured, bucket, { config: { limit: { value: 100 } } })).rejects.toThrow(/unknown policy "limit"/);
    });
    test("a setting the rule does not declare fails", async () => {
        await expect(runRule(configured, bucket, { config: { "kit-configured": { limt: 100 } } })).rejects.toThrow(/unknown setting "limt" \(did you mean "limit"\?\)/);
    });
    test("a setting its schema refuses fails", async () => {
        await expect(runRule(configured, bucket, { config: { "kit-configured": { limit: 0 } } })).rejects.toThrow(/"kit-configured"\.limit/);
    });
    test("a valid setting applies", async () => {
        const result = await runRule(configured, bucket, { config: { "kit-configured": { limit: 100 } } });
        expect(result.violations).toEqual([]);
        const strict = await runRule(configured, bucket, { config: { "kit-configured": { limit: 2 } } });
        expect(strict.violations.map((v) => v.propertyPath)).toEqual(["acl"]);
    });
});
