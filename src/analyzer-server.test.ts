import { analyzerServerKind } from "./analyzer-server";

describe("GUARDRAILS_ANALYZER_SERVER", () => {
    test.each([
        [undefined, "own"],
        ["", "own"],
        ["own", "own"],
        ["sdk", "sdk"],
    ])("%p serves through the %s server", (value, kind) => {
        expect(analyzerServerKind(value === undefined ? {} : { GUARDRAILS_ANALYZER_SERVER: value })).toBe(kind);
    });

    test.each(["SDK", "pulumi", " own"])("%p is refused in one line naming the choices", (value) => {
        expect(() => analyzerServerKind({ GUARDRAILS_ANALYZER_SERVER: value })).toThrow(`GUARDRAILS_ANALYZER_SERVER must be "own" or "sdk", not "${value}"`);
    });
});
