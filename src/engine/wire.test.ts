import { decodeProps, SECRET_SIG, SIG_KEY } from "./wire";

describe("decodeProps", () => {
    test("a secret is unwrapped on a copy of the path to it; the raw bag is left as it was", () => {
        const raw = { tags: { team: "data" }, config: { password: { [SIG_KEY]: SECRET_SIG, value: "hunter2" }, port: 5432 }, list: [1, { [SIG_KEY]: SECRET_SIG, ciphertext: "x" }] };
        const before = JSON.stringify(raw);
        const { props, secretPaths, unreadablePaths } = decodeProps(raw);
        expect(props).toEqual({ tags: { team: "data" }, config: { password: "hunter2", port: 5432 }, list: [1, "[secret]"] });
        expect(secretPaths).toEqual([["config", "password"], ["list", 1]]);
        expect(unreadablePaths).toEqual([["list", 1]]);
        expect(JSON.stringify(raw)).toBe(before);
        // Parts with nothing to decode are shared rather than copied.
        expect(props.tags).toBe(raw.tags);
        expect(props).not.toBe(raw);
        expect(props.config).not.toBe(raw.config);
    });

    test("a bag with nothing to decode is returned as it is", () => {
        const raw = { a: [1, 2, { b: "c" }], d: null };
        expect(decodeProps(raw).props).toBe(raw);
    });

    test("keys keep their order when a later value is decoded", () => {
        const { props } = decodeProps({ first: 1, second: { [SIG_KEY]: SECRET_SIG, value: 2 }, third: 3 });
        expect(Object.keys(props)).toEqual(["first", "second", "third"]);
    });
});
