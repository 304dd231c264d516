/** The fuzz harness catches what it is for: a rule that throws, and a rule that prints a secret. */
import { defineRule } from "../src";
import { fuzzRule, SEED } from "./fuzz";

const base = { title: "t", description: "d", severity: "low" as const, remediation: "r", defaultLevel: "mandatory" as const, resourceType: "aws:s3/bucket:Bucket" as const };

test("a rule that throws on odd input is caught, with the seed", async () => {
    const brittle = defineRule({
        ...base,
        id: "brittle",
        validate(props) {
            // Assumes `grants` is always an array of objects.
            (props.grants as Array<{ uri: string }> | undefined)?.forEach((g) => g.uri.toLowerCase());
        },
    });
    const details = await fuzzRule(brittle, 300);
    expect(details.failed).toBe(true);
    expect(details.seed).toBe(SEED);
    expect(String(details.errorInstance)).toMatch(/Rule "brittle" failed/);
});

test("a rule that echoes a secret has it withheld; were the boundary to lose track of it, the harness would catch it", async () => {
    const leaky = defineRule({
        ...base,
        id: "leaky",
        validate(props, ctx) {
            if (typeof props.bucket === "string") ctx.report({ message: `Bucket ${props.bucket} is named badly.`, propertyPath: `bucket.${props.bucket}`, urn: props.bucket });
        },
    });
    expect((await fuzzRule(leaky, 500)).failed).toBe(false);
    const details = await fuzzRule(leaky, 500, SEED, { unmarked: true });
    expect(details.failed).toBe(true);
    expect(String(details.errorInstance)).toMatch(/a secret got out/);
});

test("a well-behaved rule passes", async () => {
    const fine = defineRule({ ...base, id: "fine", validate(props, ctx) { if (props.acl === "public-read") ctx.report("public"); } });
    expect((await fuzzRule(fine, 300)).failed).toBe(false);
});
