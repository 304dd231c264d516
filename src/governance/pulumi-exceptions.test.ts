import { urnMatcher, type Exemption } from "./exemptions";
import { exemptionsFromPulumi, isLiteralUrnGlob, literalUrnGlob, parsePulumiExceptions, pulumiRequestsFor, urnOfLiteralGlob, type PulumiPolicyException } from "./pulumi-exceptions";

const now = new Date("2026-12-03T12:00:00Z");
const BUCKET = "urn:pulumi:prod::web::aws:s3/bucket:Bucket::logs";
const ODD = "urn:pulumi:prod::web::aws:s3/bucket:Bucket::logs[eu](old)*";

const exception = (over: Partial<PulumiPolicyException> = {}): PulumiPolicyException => ({
    id: "EXC-42",
    policyPack: "aws-security",
    match: [{ policies: ["s3-no-public-acl", "s3-bucket-versioning-enabled"], targets: [BUCKET] }],
    reason: "Public website bucket, reviewed by security",
    status: "active",
    expiresAt: "2026-12-05T12:00:00Z",
    createdBy: { name: "Sam Doe", githubLogin: "sam" },
    createdAt: "2026-12-01T09:00:00Z",
    ...over,
});

describe("parsePulumiExceptions", () => {
    test("reads a list response, an array and a single exception", () => {
        expect(parsePulumiExceptions({ exceptions: [exception()], continuationToken: "x" })).toHaveLength(1);
        expect(parsePulumiExceptions([exception(), exception({ id: "EXC-43" })])).toHaveLength(2);
        expect(parsePulumiExceptions(exception())[0].id).toBe("EXC-42");
    });

    test.each([
        [{ exceptions: [{ ...exception(), match: [] }] }, "exceptions.0.match must NOT have fewer than 1 items"],
        [{ exceptions: [{ ...exception(), status: "pending" }] }, "exceptions.0.status must be equal to one of the allowed values"],
        [[{ ...exception(), createdAt: "yesterday" }], '0.createdAt must match format "date-time"'],
        [{ policyPack: "x" }, 'the document is missing "exceptions"'],
    ])("refuses a malformed document in one line: %#", (document, problem) => {
        expect(() => parsePulumiExceptions(document)).toThrow(`not a Pulumi policy exception list: ${problem}`);
    });
});

describe("URN globs", () => {
    test("a literal glob matches its URN only, even with glob characters in the name", () => {
        const glob = literalUrnGlob(ODD);
        expect(isLiteralUrnGlob(glob)).toBe(true);
        expect(urnOfLiteralGlob(glob)).toBe(ODD);
        expect(urnMatcher(glob)(ODD)).toBe(true);
        expect(urnMatcher(glob)(`${ODD}x`)).toBe(false);
        expect(urnMatcher(glob)("urn:pulumi:prod::web::aws:s3/bucket:Bucket::logs[eu](old)y")).toBe(false);
        expect(isLiteralUrnGlob("urn:pulumi:prod::web::aws:s3/bucket:Bucket::*")).toBe(false);
    });
});

describe("exemptionsFromPulumi", () => {
    const known = (p: string) => p.startsWith("s3-");

    test("one exemption per match entry and policy, exact URNs, the creator as requester, awaiting approval", () => {
        const outcomes = exemptionsFromPulumi([exception()], { now, isKnownPolicy: known });
        expect(outcomes).toEqual([
            expect.objectContaining({ kind: "exemption", exemption: { id: "EXC-42.1.s3-no-public-acl", policy: "s3-no-public-acl", resources: [BUCKET], reason: "Public website bucket, reviewed by security", requestedBy: "sam" } }),
            expect.objectContaining({ kind: "exemption", exemption: expect.objectContaining({ id: "EXC-42.1.s3-bucket-versioning-enabled" }) }),
        ]);
    });

    test("the approving change request, else --approved-by, is the approver", () => {
        const [viaChange] = exemptionsFromPulumi([exception({ changeRequestId: "CR-7" })], { now, isKnownPolicy: known, approvedBy: "kim" });
        expect(viaChange.kind === "exemption" && viaChange.exemption.approvedBy).toBe("pulumi-change-request:CR-7");
        const [given] = exemptionsFromPulumi([exception()], { now, isKnownPolicy: known, approvedBy: "kim" });
        expect(given.kind === "exemption" && given.exemption.approvedBy).toBe("kim");
    });

    test("removed, expired and unknown-policy exceptions are skipped with the reason", () => {
        const outcomes = exemptionsFromPulumi(
            [exception({ id: "EXC-1", status: "removed" }), exception({ id: "EXC-2", expiresAt: "2026-12-01T00:00:00Z" }), exception({ id: "EXC-3", match: [{ policies: ["other-pack-rule"], targets: [BUCKET] }] })],
            { now, isKnownPolicy: known },
        );
        expect(outcomes).toEqual([
            { kind: "skipped", id: "EXC-1", reason: "removed in Pulumi Cloud" },
            { kind: "skipped", id: "EXC-2", reason: "expired at 2026-12-01T00:00:00Z" },
            { kind: "skipped", id: "EXC-3", reason: "policy other-pack-rule (pack aws-security) is not a rule this library knows" },
        ]);
    });
});

describe("pulumiRequestsFor", () => {
    const exemption = (over: Partial<Exemption> = {}): Exemption => ({
        id: "ex-1",
        policy: "s3-no-public-acl",
        resources: [literalUrnGlob(BUCKET)],
        reason: "Public website",
        requestedBy: "sam",
        approvedBy: "kim",
        environments: ["dev"],
        createdAt: "2026-12-03T10:00:00Z",
        expiresAt: "2026-12-04T13:30:00Z",
        ...over,
    });
    const packOf = () => "aws-security";

    test("an exact-URN exemption becomes one request, expiring on a whole hour no later than ours", () => {
        const [outcome] = pulumiRequestsFor([exemption()], { now, packOf, matches: urnMatcher });
        expect(outcome).toEqual({
            kind: "request",
            id: "ex-1",
            request: {
                policyPack: "aws-security",
                match: [{ policies: ["s3-no-public-acl"], targets: [BUCKET] }],
                reason: "Public website (guardrails exemption ex-1, requested by sam, approved by kim)",
                expiresInSeconds: 25 * 3600,
            },
        });
    });

    test("a glob is expanded against the stack's URNs, and needs them", () => {
        const glob = exemption({ resources: ["urn:pulumi:prod::web::aws:s3/bucket:Bucket::*"] });
        const other = "urn:pulumi:prod::web::aws:s3/bucket:Bucket::assets";
        const queue = "urn:pulumi:prod::web::aws:sqs/queue:Queue::jobs";
        const [expanded] = pulumiRequestsFor([glob], { now, packOf, matches: urnMatcher, resources: [BUCKET, other, queue] });
        expect(expanded.kind === "request" && expanded.request.match).toEqual([{ policies: ["s3-no-public-acl"], targets: [BUCKET, other] }]);
        const [refused] = pulumiRequestsFor([glob], { now, packOf, matches: urnMatcher });
        expect(refused).toEqual({ kind: "skipped", id: "ex-1", reason: "resource glob urn:pulumi:prod::web::aws:s3/bucket:Bucket::* needs --resources <stack export> to list the URNs it matches (Pulumi matches exact URNs)" });
    });

    test("more than 100 targets are split into entries of 100; under an hour left is not exported", () => {
        const urns = Array.from({ length: 150 }, (_, i) => `urn:pulumi:prod::web::aws:s3/bucket:Bucket::b${i}`);
        const [split] = pulumiRequestsFor([exemption({ resources: urns })], { now, packOf, matches: urnMatcher });
        expect(split.kind === "request" && split.request.match.map((m) => m.targets.length)).toEqual([100, 50]);
        const [late] = pulumiRequestsFor([exemption({ expiresAt: "2026-12-03T12:30:00Z" })], { now, packOf, matches: urnMatcher });
        expect(late).toEqual({ kind: "skipped", id: "ex-1", reason: "expires within the hour, the shortest a Pulumi exception may last" });
    });
});
