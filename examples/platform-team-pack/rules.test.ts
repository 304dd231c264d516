import { resolveLevel } from "pulumi-guardrails";
import { mockResource, runRules, expectViolation, expectNoViolations } from "pulumi-guardrails/testing";
import { levelsFor, rules } from "./rules";

test("the selection: high and critical CIS/FSBP rules, plus Acme's own", () => {
    const ids = rules.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining(["acme-approved-amis", "acme-bucket-naming", "ec2-imdsv2-required", "s3-no-public-acl"]));
    expect(rules.filter((r) => r.pack === "aws-security").every((r) => r.severity === "high" || r.severity === "critical")).toBe(true);
    expect(ids).not.toContain("s3-bucket-versioning-enabled"); // low severity
});

test("levels per environment", () => {
    const imds = rules.find((r) => r.id === "ec2-imdsv2-required");
    if (!imds) throw new Error("selection lost ec2-imdsv2-required");
    expect(resolveLevel(imds, levelsFor("dev"))).toBe("advisory");
    expect(resolveLevel(imds, levelsFor("prod"))).toBe("remediate");
});

test("the whole pack on a small stack, as in prod", async () => {
    const instance = mockResource("aws:ec2/instance:Instance", { ami: "ami-0123456789abcdef0", instanceType: "t3.micro", metadataOptions: { httpTokens: "optional" } }, { name: "worker" });
    const bucket = mockResource("aws:s3/bucket:Bucket", { bucket: "acme-data-reports" }, { name: "reports" });
    const result = await runRules(rules, [instance, bucket], { levels: levelsFor("prod") });
    expectViolation(result, "acme-approved-amis", { level: "mandatory" });
    expectNoViolations(result, "acme-bucket-naming");
    expectNoViolations(result, "ec2-imdsv2-required"); // remediated in prod
    expect(result.remediations.map((r) => r.policyName)).toContain("ec2-imdsv2-required");
});
