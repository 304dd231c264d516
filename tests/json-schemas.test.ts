/**
 * The product compiles its own constant JSON schemas, and the CLI the shipped rules' config
 * schemas (engine/config.ts `trustConfigSchemas`), with `validateSchema: false`: checking them
 * against the meta-schema at run time costs every command about 0.03 s. So this is where they are
 * checked: each must be a valid schema, and compile in ajv's strict mode.
 */
import Ajv from "ajv";
import { allRules } from "../packs";
import { settingsSchema } from "../src/engine/config";
import { previewSchema, resourceListSchema, stackExportSchema } from "../src/engine/inputs/schemas";
import { exemptionsSchema } from "../src/governance/exemptions";
import { governanceSchema } from "../src/governance/governance-config";

test.each([
    ["stack export", stackExportSchema],
    ["preview JSON", previewSchema],
    ["resource list", resourceListSchema],
    ["exemptions file", exemptionsSchema],
    ["governance config", governanceSchema],
])("the %s schema is a valid JSON schema", (_name, schema) => {
    const ajv = new Ajv({ strict: false, formats: { "date-time": true } });
    expect(ajv.validateSchema(schema)).toBe(true);
    expect(ajv.errors ?? null).toBeNull();
    expect(() => new Ajv({ strict: true, allowUnionTypes: true, formats: { "date-time": true } }).compile(schema)).not.toThrow();
});

const configured = allRules.filter((rule) => rule.configSchema);

test("some shipped rules take settings", () => expect(configured.length).toBeGreaterThan(5));

test.each(configured.map((rule) => [rule.id, rule] as const))("%s: its settings schema is a valid JSON schema", (_id, rule) => {
    const schema = settingsSchema(rule.configSchema ?? { properties: {} });
    const ajv = new Ajv({ strict: false });
    expect(ajv.validateSchema(schema)).toBe(true);
    expect(ajv.errors ?? null).toBeNull();
    expect(() => new Ajv({ strict: false }).compile(schema)).not.toThrow();
});
