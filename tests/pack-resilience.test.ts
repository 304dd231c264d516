/**
 * A pack keeps serving through a rule that throws, a rule that takes too long and a malformed
 * request; the host reports each clearly.
 */
import * as path from "node:path";
import { launchPolicyPack, PolicyPackHostError } from "../src/engine";
import { SIG_KEY } from "../src/engine/wire";
import { mockResource, type MockProps } from "../src/testing";
import { repoRoot } from "./support";

const bucket = (props: MockProps<"aws:s3/bucket:Bucket">) => mockResource("aws:s3/bucket:Bucket", props, { name: "b" });

test("a slow rule hits the call deadline with a clear error, and the pack still answers", async () => {
    const pack = await launchPolicyPack(path.join(__dirname, "fixtures", "slow-pack"), { callTimeoutMs: 1000 });
    try {
        await pack.configure({ "takes-its-time": { enforcementLevel: "mandatory" } });
        const slow = pack.analyze(bucket({ bucket: "slow" }));
        await expect(slow).rejects.toThrow(PolicyPackHostError);
        await expect(slow).rejects.toThrow(/^analyze failed: Deadline exceeded/);
        const { diagnostics } = await pack.analyze(bucket({ bucket: "fast", acl: "public-read" }));
        expect(diagnostics).toEqual([expect.objectContaining({ policyName: "takes-its-time", enforcementLevel: "mandatory" })]);
    } finally {
        await pack.stop();
    }
});

test("a malformed request fails that call only; the pack keeps serving", async () => {
    const pack = await launchPolicyPack(repoRoot);
    try {
        await pack.configure({});
        const malformed = { ...bucket({}), props: { acl: { [SIG_KEY]: "not-a-signature" } } };
        await expect(pack.analyze(malformed)).rejects.toThrow(/^analyze failed: .*Unrecognized signature/s);
        const { diagnostics } = await pack.analyze(bucket({ acl: "public-read" }));
        expect(diagnostics.map((d) => d.policyName)).toContain("s3-no-public-acl");
    } finally {
        await pack.stop();
    }
});
