import { tagging } from "./index";

test("the tagging pack defines its rules, all advisory by default", () => {
    expect(tagging.name).toBe("tagging");
    expect(tagging.rules.map((r) => r.id)).toEqual([
        "tagging-required-tags",
        "tagging-tag-key-casing",
        "tagging-autoscaling-group-tags",
        "tagging-azure-required-tags",
        "tagging-gcp-required-labels",
        "tagging-k8s-required-labels",
    ]);
    for (const rule of tagging.rules) {
        expect(rule.defaultLevel).toBe("advisory");
        expect(rule.pack).toBe("tagging");
    }
});
