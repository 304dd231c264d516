import { cost } from "./index";

test("the cost pack defines its rules: ids start with cost-, none mandatory by default", () => {
    expect(cost.name).toBe("cost");
    expect(cost.rules.length).toBe(15);
    for (const rule of cost.rules) {
        expect(rule.id).toMatch(/^cost-/);
        expect(rule.defaultLevel).toBe("advisory");
        expect(rule.pack).toBe("cost");
    }
    // Must not collide with a security rule about log retention.
    expect(cost.rules.map((r) => r.id)).toContain("cost-cloudwatch-log-group-retention");
});
