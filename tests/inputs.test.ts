/** Reading stack exports, preview output and resource lists into resources to evaluate. */
import { convertInput, InputError } from "../src/engine";
import { SECRET_PLACEHOLDER, UNKNOWN_SENTINELS } from "../src/engine";
import { SECRET_SIG, SIG_KEY, decodeProps, encodeProps } from "../src/engine/wire";

const urn = (type: string, name: string) => `urn:pulumi:dev::p::${type}::${name}`;

describe("stack export", () => {
    const provider = urn("pulumi:providers:aws", "default");
    const doc = {
        version: 3,
        deployment: {
            resources: [
                { urn: urn("pulumi:pulumi:Stack", "p-dev"), type: "pulumi:pulumi:Stack" },
                { urn: provider, type: "pulumi:providers:aws", id: "pid", inputs: { region: "eu-west-1" } },
                {
                    urn: urn("aws:s3/bucket:Bucket", "b"),
                    type: "aws:s3/bucket:Bucket",
                    provider: `${provider}::pid`,
                    inputs: {
                        bucket: "b",
                        tags: { token: { [SIG_KEY]: SECRET_SIG, ciphertext: "v1:abc" } },
                        note: { [SIG_KEY]: SECRET_SIG, plaintext: '"shown-with-show-secrets"' },
                    },
                    outputs: { bucket: "b", arn: "arn:aws:s3:::b" },
                },
                { urn: urn("aws:s3/bucket:Bucket", "gone"), type: "aws:s3/bucket:Bucket", delete: true, inputs: {} },
            ],
        },
    };

    test("skips the stack and deleted resources, links providers, keeps outputs for stack rules", () => {
        const { kind, resources } = convertInput("s.json", doc);
        expect(kind).toBe("stack-export");
        expect(resources.map((r) => r.name)).toEqual(["default", "b"]);
        const bucket = resources[1];
        expect(bucket.provider).toEqual({ type: "pulumi:providers:aws", urn: provider, name: "default", props: { region: "eu-west-1" }, secretPaths: [], unreadablePaths: [] });
        expect(bucket.outputs).toEqual({ bucket: "b", arn: "arn:aws:s3:::b" });
    });

    test("encrypted secrets are present but unreadable; shown secrets are plain but remembered", () => {
        const bucket = convertInput("s.json", doc).resources[1];
        expect(bucket.props.tags).toEqual({ token: SECRET_PLACEHOLDER });
        expect(bucket.props.note).toBe("shown-with-show-secrets");
        expect(bucket.secretPaths).toEqual(expect.arrayContaining([["tags", "token"], ["note"]]));
        expect(bucket.unreadablePaths).toEqual([["tags", "token"]]);
    });

    test("an empty stack has no resources", () => {
        expect(convertInput("s.json", { version: 3, deployment: {} }).resources).toEqual([]);
    });
});

describe("preview JSON", () => {
    test("uses new states, skips deletions, keeps unknowns as the engine's sentinels", () => {
        const { kind, resources } = convertInput("p.json", {
            steps: [
                { op: "create", newState: { urn: urn("aws:ec2/instance:Instance", "i"), type: "aws:ec2/instance:Instance", inputs: { ami: UNKNOWN_SENTINELS.string } } },
                { op: "delete", oldState: { urn: urn("aws:s3/bucket:Bucket", "old"), type: "aws:s3/bucket:Bucket" } },
            ],
        });
        expect(kind).toBe("preview");
        expect(resources).toHaveLength(1);
        expect(resources[0].props.ami).toBe(UNKNOWN_SENTINELS.string);
        expect(resources[0].outputs).toBeUndefined();
    });
});

describe("resource list", () => {
    test("names and URNs are filled in when absent", () => {
        const { resources } = convertInput("r.json", [{ type: "aws:s3/bucket:Bucket", props: {} }, { type: "aws:s3/bucket:Bucket", name: "x" }]);
        expect(resources.map((r) => [r.name, r.urn])).toEqual([
            ["bucket-0", "urn:pulumi:offline::guardrails::aws:s3/bucket:Bucket::bucket-0"],
            ["x", "urn:pulumi:offline::guardrails::aws:s3/bucket:Bucket::x"],
        ]);
    });

    test("repeated URNs are an input error", () => {
        expect(() => convertInput("r.json", [{ type: "a:b:C", name: "x" }, { type: "a:b:C", name: "x" }])).toThrow(InputError);
    });
});

test("secrets survive a decode/encode round trip in the engine's wire form", () => {
    const wire = { a: { [SIG_KEY]: SECRET_SIG, value: "s3cr3t" }, b: [1, { c: { [SIG_KEY]: SECRET_SIG, value: { d: "x" } } }], e: "plain" };
    const decoded = decodeProps(wire);
    expect(decoded.props).toEqual({ a: "s3cr3t", b: [1, { c: { d: "x" } }], e: "plain" });
    expect(encodeProps(decoded.props, decoded.secretPaths)).toEqual(wire);
});
