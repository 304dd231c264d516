/** `--now`: exemptions and keys judged as of another time; a bad time is refused before any work. */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { repoRoot } from "./support";

const cli = path.join(repoRoot, "dist", "src", "cli", "main.js");
const run = (args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: "utf8", timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });

let dir: string;
const urn = "urn:pulumi:prod::web::aws:ec2/securityGroup:SecurityGroup::bastion";
beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "guardrails-now-"));
    fs.writeFileSync(
        path.join(dir, "resources.json"),
        JSON.stringify([{ type: "aws:ec2/securityGroup:SecurityGroup", urn, props: { ingress: [{ protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["0.0.0.0/0"] }] } }]),
    );
    fs.writeFileSync(
        path.join(dir, "exemptions.json"),
        JSON.stringify({
            version: 1,
            exemptions: [
                {
                    id: "ex-window",
                    policy: "ec2-security-group-no-public-ssh-rdp",
                    resources: [urn],
                    reason: "vendor session",
                    requestedBy: "dana",
                    approvedBy: "sam",
                    createdAt: "2026-12-01T00:00:00Z",
                    notBefore: "2026-12-02T00:00:00Z",
                    expiresAt: "2026-12-04T00:00:00Z",
                },
            ],
        }),
    );
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function sshFinding(now: string) {
    const result = run(["check", path.join(dir, "resources.json"), "--packs", "aws-security", "--exemptions", path.join(dir, "exemptions.json"), "--format", "json", "--now", now]);
    expect(result.stderr).toBe("");
    const report = JSON.parse(result.stdout) as { violations: Array<{ policy: string; level: string; exemption?: { id: string } }> };
    return report.violations.find((v) => v.policy === "ec2-security-group-no-public-ssh-rdp");
}

test("inside the exemption's window it applies; before and after it does not", () => {
    expect(sshFinding("2026-12-03T12:00:00Z")).toMatchObject({ level: "advisory", exemption: { id: "ex-window" } });
    expect(sshFinding("2026-12-05T00:00:00Z")).toMatchObject({ level: "mandatory" });
    expect(sshFinding("2026-12-05T00:00:00Z")?.exemption).toBeUndefined();
    expect(sshFinding("2026-12-01T12:00:00Z")?.exemption).toBeUndefined();
});

test("exempt list reports each status as of that time", () => {
    const status = (now: string) => (JSON.parse(run(["exempt", "list", "--file", path.join(dir, "exemptions.json"), "--format", "json", "--now", now]).stdout) as Array<{ status: string }>)[0].status;
    expect([status("2026-12-01T12:00:00Z"), status("2026-12-03T00:00:00Z"), status("2026-12-09T00:00:00Z")]).toEqual(["not-yet-valid", "active", "expired"]);
});

test("a time that is not ISO 8601 is refused with one line, exit 2", () => {
    const result = run(["check", path.join(dir, "resources.json"), "--now", "next tuesday"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('guardrails: --now "next tuesday" is not an ISO 8601 time (e.g. 2026-12-03T09:00:00Z)\n');
    expect(result.stdout).toBe("");
});

test("key verify as of a time after the key's expiry fails", () => {
    const key = path.join(dir, "dev.key.json");
    const issued = run(["key", "issue", "--env", "dev", "--valid-for", "1d", "--output", key]);
    expect(issued.status).toBe(0);
    expect(run(["key", "verify", key, "--env", "dev"]).status).toBe(0);
    const later = new Date(Date.now() + 3 * 86_400_000).toISOString();
    const verdict = run(["key", "verify", key, "--env", "dev", "--now", later]);
    expect(verdict.status).toBe(1);
    expect(verdict.stdout + verdict.stderr).toMatch(/expired/);
});
