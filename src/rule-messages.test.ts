import { renderMessage, RuleDefinitionError } from "./rule";

const rule = (messages: Record<string, string>) => ({ id: "r", messages });

describe("renderMessage", () => {
    test.each([
        ["{{name}} at the start, {{ name }} again and at the end: {{name}}", { name: "b" }, "b at the start, b again and at the end: b"],
        ["adjacent {{a}}{{b}}.", { a: 1, b: true }, "adjacent 1true."],
        ["no placeholders", {}, "no placeholders"],
        ["values are text, not patterns: {{v}}", { v: "$& $1 $$" }, "values are text, not patterns: $& $1 $$"],
        ["{{x}}", { x: 0 }, "0"],
        ["unicode é{{x}}€", { x: "😀" }, "unicode é😀€"],
    ])("%s", (template, data, expected) => {
        // Twice: the second render takes the cached form of the template.
        expect(renderMessage(rule({ m: template }), { messageId: "m", data })).toBe(expected);
        expect(renderMessage(rule({ m: template }), { messageId: "m", data })).toBe(expected);
    });

    test("names each missing placeholder once, in order of first use", () => {
        const render = () => renderMessage(rule({ m: "{{b}} {{a}} {{b}} {{c}}" }), { messageId: "m", data: { c: 1 } });
        expect(render).toThrow(RuleDefinitionError);
        expect(render).toThrow('message "m" needs data for {{b}}, {{a}}.');
    });

    test("refuses an id the rule does not declare, and one only inherited from Object", () => {
        expect(() => renderMessage(rule({ m: "x" }), { messageId: "n" })).toThrow('reported messageId "n", which is not in messages.');
        expect(() => renderMessage(rule({ m: "x" }), { messageId: "toString" })).toThrow(/not in messages/);
    });
});
