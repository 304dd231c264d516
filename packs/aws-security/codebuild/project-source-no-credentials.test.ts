import { checkCase, mockResource, secret, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./project-source-no-credentials";

const project = (source: MockProps<"aws:codebuild/project:Project">["source"], secondarySources?: MockProps<"aws:codebuild/project:Project">["secondarySources"]) =>
    mockResource(
        "aws:codebuild/project:Project",
        {
            serviceRole: "arn:aws:iam::111122223333:role/codebuild",
            artifacts: { type: "NO_ARTIFACTS" },
            environment: { computeType: "BUILD_GENERAL1_SMALL", image: "aws/codebuild/standard:7.0", type: "LINUX_CONTAINER" },
            source,
            secondarySources,
        },
        { name: "build" },
    );
const inUrl = (what: string, source: string, path: string) => ({ messageId: "credentialInUrl", data: { name: "build", what, source, path }, propertyPath: path });

export const cases: RuleCase[] = [
    {
        name: "Bitbucket URL with user name and password (CodeBuild.1)",
        resources: project({ type: "BITBUCKET", location: "https://builder:Xy7pQ2rT9w@bitbucket.org/acme/app.git" }),
        expect: { violations: [inUrl("user name and password", "its source", "source.location")] },
    },
    {
        name: "GitHub URL with a personal access token",
        resources: project({ type: "GITHUB", location: "https://ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8@github.com/acme/app.git" }),
        expect: { violations: [inUrl("access token", "its source", "source.location")] },
    },
    {
        name: "credentials in a secondary source",
        resources: project({ type: "GITHUB", location: "https://github.com/acme/app.git" }, [
            { type: "GITHUB", sourceIdentifier: "lib", location: "https://github.com/acme/lib.git" },
            { type: "BITBUCKET", sourceIdentifier: "tools", location: "https://user:password@bitbucket.org/acme/tools.git" },
        ]),
        expect: { violations: [inUrl("user name and password", "secondary source 2", "secondarySources[1].location")] },
    },
    { name: "plain Bitbucket URL", resources: project({ type: "BITBUCKET", location: "https://bitbucket.org/acme/app.git" }), expect: "pass" },
    { name: "user name only (Bitbucket's clone URL)", resources: project({ type: "BITBUCKET", location: "https://builder@bitbucket.org/acme/app.git" }), expect: "pass" },
    { name: "S3 source", resources: project({ type: "S3", location: "acme-sources/app.zip" }), expect: "pass" },
    { name: "no source location", resources: project({ type: "NO_SOURCE", buildspec: "version: 0.2" }), expect: "pass" },
    {
        name: "a secret URL: judged, details withheld",
        resources: project({ type: "BITBUCKET", location: secret("https://builder:Xy7pQ2rT9w@bitbucket.org/acme/app.git") }),
        expect: { violations: [{ propertyPath: "source.location" }] },
    },
    { name: "location unknown during preview", resources: project({ type: "GITHUB", location: unknown() }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));

test("no report carries the password", async () => {
    for (const c of [cases[0], cases.find((x) => x.name.startsWith("a secret URL"))!]) {
        expect(JSON.stringify((await checkCase(rule, c)).diagnostics)).not.toContain("Xy7pQ2rT9w");
    }
});
