import { selectorMatches } from "./label-selector";

const ALL = { emptyMatchesAll: true };
const NONE = { emptyMatchesAll: false };
const labels = { app: "web", tier: "frontend" };

describe("selectorMatches", () => {
    test.each([
        ["matchLabels subset", { matchLabels: { app: "web" } }, true],
        ["matchLabels all", { matchLabels: { app: "web", tier: "frontend" } }, true],
        ["matchLabels wrong value", { matchLabels: { app: "api" } }, false],
        ["matchLabels missing key", { matchLabels: { app: "web", env: "prod" } }, false],
        ["In hit", { matchExpressions: [{ key: "tier", operator: "In", values: ["backend", "frontend"] }] }, true],
        ["In miss", { matchExpressions: [{ key: "tier", operator: "In", values: ["backend"] }] }, false],
        ["In on an absent key", { matchExpressions: [{ key: "env", operator: "In", values: ["prod"] }] }, false],
        ["NotIn on another value", { matchExpressions: [{ key: "tier", operator: "NotIn", values: ["backend"] }] }, true],
        ["NotIn on an absent key", { matchExpressions: [{ key: "env", operator: "NotIn", values: ["prod"] }] }, true],
        ["NotIn on the value", { matchExpressions: [{ key: "tier", operator: "NotIn", values: ["frontend"] }] }, false],
        ["Exists", { matchExpressions: [{ key: "app", operator: "Exists" }] }, true],
        ["Exists on an absent key", { matchExpressions: [{ key: "env", operator: "Exists" }] }, false],
        ["DoesNotExist", { matchExpressions: [{ key: "env", operator: "DoesNotExist" }] }, true],
        ["DoesNotExist on a present key", { matchExpressions: [{ key: "app", operator: "DoesNotExist" }] }, false],
        ["labels and expressions are ANDed", { matchLabels: { app: "web" }, matchExpressions: [{ key: "tier", operator: "In", values: ["backend"] }] }, false],
        ["unknown operator", { matchExpressions: [{ key: "app", operator: "Equals", values: ["web"] }] }, false],
        ["In without values", { matchExpressions: [{ key: "app", operator: "In", values: [] }] }, false],
        ["absent selector", undefined, false],
        ["null selector", null, false],
    ])("%s", (_name, selector, expected) => {
        expect(selectorMatches(selector, labels, ALL)).toBe(expected);
    });

    test("an empty selector follows the option", () => {
        expect(selectorMatches({}, labels, ALL)).toBe(true);
        expect(selectorMatches({}, labels, NONE)).toBe(false);
        expect(selectorMatches({ matchLabels: {}, matchExpressions: [] }, labels, ALL)).toBe(true);
    });

    test("a non-empty selector does not match a pod without labels", () => {
        expect(selectorMatches({ matchLabels: { app: "web" } }, {}, ALL)).toBe(false);
    });
});
