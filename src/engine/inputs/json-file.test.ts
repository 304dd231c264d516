import { nestsDeeperThan } from "./json-file";

describe("nestsDeeperThan", () => {
    const nested = (depth: number) => "[".repeat(depth) + "]".repeat(depth);

    test("counts arrays and objects inside each other", () => {
        expect(nestsDeeperThan(nested(3), 3)).toBe(false);
        expect(nestsDeeperThan(nested(4), 3)).toBe(true);
        expect(nestsDeeperThan(`{"a":{"b":[{"c":1}]}}`, 3)).toBe(true);
        expect(nestsDeeperThan(`{"a":{"b":[1]},"c":{"d":[2]}}`, 3)).toBe(false);
    });

    test("brackets inside strings do not count, whatever escapes the strings hold", () => {
        expect(nestsDeeperThan(JSON.stringify({ a: "[[[[{{{{" }), 1)).toBe(false);
        expect(nestsDeeperThan(JSON.stringify({ a: 'say "[[[[" and \\ then [[[[' }), 1)).toBe(false);
        expect(nestsDeeperThan(JSON.stringify({ a: "ends in a backslash \\", b: "[[[[" }), 1)).toBe(false);
        expect(nestsDeeperThan(JSON.stringify(["\\\\\"", [[["deep"]]]]), 3)).toBe(true);
        expect(nestsDeeperThan(JSON.stringify(["\\\\\"", [[["deep"]]]]), 4)).toBe(false);
    });
});
