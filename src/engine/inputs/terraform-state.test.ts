import { convertInput } from "./convert";
import { pulumiName } from "./terraform-state";
import type { ResourceUnderTest } from "../evaluate";

const AWS = 'provider["registry.terraform.io/hashicorp/aws"]';
const instance = (attributes: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ schema_version: 0, attributes, sensitive_attributes: [], ...extra });
const state = (resources: unknown[], extra: Record<string, unknown> = {}) => ({ version: 4, terraform_version: "1.9.8", serial: 1, lineage: "lin-1", outputs: {}, resources, ...extra });
const managed = (type: string, name: string, instances: unknown[], extra: Record<string, unknown> = {}) => ({ mode: "managed", type, name, provider: AWS, instances, ...extra });
const load = (doc: unknown) => convertInput("estate.tfstate", doc);
const only = (doc: unknown): ResourceUnderTest => {
    const { resources } = load(doc);
    expect(resources).toHaveLength(1);
    return resources[0];
};

test("a Terraform state is recognised and each AWS resource becomes the Pulumi AWS v7 resource, named by its address", () => {
    const loaded = load(state([managed("aws_s3_bucket", "logs", [instance({ bucket: "acme-logs", id: "acme-logs" })])]));
    expect(loaded.kind).toBe("terraform-state");
    expect(loaded.resources[0]).toMatchObject({
        type: "aws:s3/bucket:Bucket",
        name: "aws_s3_bucket.logs",
        urn: "urn:pulumi:terraform::lin-1::aws:s3/bucket:Bucket::aws_s3_bucket.logs",
        props: { bucket: "acme-logs" },
    });
});

test("addresses carry the module and the instance key, as Terraform prints them", () => {
    const { resources } = load(
        state([
            managed("aws_security_group", "web", [instance({ name: "a" }, { index_key: 0 }), instance({ name: "b" }, { index_key: 1 })], { module: "module.net[\"eu\"]" }),
            managed("aws_cloudwatch_log_group", "app", [instance({ name: "/api" }, { index_key: "api" })], { each: "map" }),
        ]),
    );
    expect(resources.map((r) => r.name)).toEqual([
        'module.net["eu"].aws_security_group.web[0]',
        'module.net["eu"].aws_security_group.web[1]',
        'aws_cloudwatch_log_group.app["api"]',
    ]);
});

test("blocks Pulumi holds as one object are unwrapped; lists of blocks stay lists with Pulumi's plural names; empty blocks vanish", () => {
    const bucket = only(
        state([
            managed("aws_s3_bucket", "b", [
                instance({
                    server_side_encryption_configuration: [{ rule: [{ apply_server_side_encryption_by_default: [{ sse_algorithm: "aws:kms", kms_master_key_id: "k" }], bucket_key_enabled: true }] }],
                    versioning: [{ enabled: true, mfa_delete: false }],
                    lifecycle_rule: [{ id: "expire", enabled: true }],
                    grant: [{ type: "Group", permissions: ["READ"], uri: "http://acs.amazonaws.com/groups/global/AllUsers" }],
                    logging: [],
                    acceleration_status: null,
                }),
            ]),
        ]),
    );
    expect(bucket.props).toEqual({
        serverSideEncryptionConfiguration: { rule: { applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: "k" }, bucketKeyEnabled: true } },
        versioning: { enabled: true, mfaDelete: false },
        lifecycleRules: [{ id: "expire", enabled: true }],
        grants: [{ type: "Group", permissions: ["READ"], uri: "http://acs.amazonaws.com/groups/global/AllUsers" }],
    });
});

test("map keys are data and stay as written; security group rules keep their list and field names", () => {
    const group = only(
        state([
            managed("aws_security_group", "sg", [
                instance({ tags: { "cost-center": "cc_1", Owner_Team: "x" }, ingress: [{ cidr_blocks: ["0.0.0.0/0"], from_port: 22, to_port: 22, protocol: "tcp", ipv6_cidr_blocks: [] }] }),
            ]),
        ]),
    );
    expect(group.props).toEqual({ tags: { "cost-center": "cc_1", Owner_Team: "x" }, ingress: [{ cidrBlocks: ["0.0.0.0/0"], fromPort: 22, toPort: 22, protocol: "tcp", ipv6CidrBlocks: [] }] });
});

describe("attribute names follow the bridge's renames (pulumi-aws bridge-metadata.json, renames.renamedProperties)", () => {
    test.each([
        ["aws_api_gateway_stage", "rest_api_id", "restApi"],
        ["aws_api_gateway_stage", "deployment_id", "deployment"],
        ["aws_api_gateway_stage", "xray_tracing_enabled", "xrayTracingEnabled"],
        ["aws_api_gateway_vpc_link", "target_arns", "targetArn"],
        ["aws_amplify_domain_association", "sub_domain", "subDomains"],
        ["aws_amplify_app", "production_branch", "productionBranches"],
        ["aws_api_gateway_documentation_part", "rest_api_id", "restApiId"],
    ])("%s.%s is %s", (type, attribute, expected) => {
        const resource = only(state([managed(type, "x", [instance({ [attribute]: "v" })])]));
        expect(Object.keys(resource.props)).toEqual([expected]);
    });

    test("an attribute the Pulumi resource does not have keeps its camelCase name", () => {
        expect(pulumiName("no_such_attribute", { other: "s" })).toBeUndefined();
        const resource = only(state([managed("aws_s3_bucket", "x", [instance({ no_such_attribute: [{ inner_key: 1 }] })])]));
        expect(resource.props).toEqual({ noSuchAttribute: [{ innerKey: 1 }] });
    });
});

test("values Terraform marks sensitive become secrets: withheld from reports wherever they sit", () => {
    const db = only(
        state([
            managed("aws_db_instance", "db", [
                instance(
                    { password: "hunter2-secret", username: "admin", master_user_secret: [{ secret_arn: "arn:x", kms_key_id: "k" }], tags: { token: "t-123" } },
                    { sensitive_attributes: [[{ type: "get_attr", value: "password" }], [{ type: "get_attr", value: "master_user_secret" }, { type: "index", value: { value: 0, type: "number" } }, { type: "get_attr", value: "secret_arn" }], [{ type: "get_attr", value: "tags" }, { type: "index", value: { value: "token", type: "string" } }]] },
                ),
            ]),
        ]),
    );
    expect(db.secretPaths).toEqual(expect.arrayContaining([["password"], ["masterUserSecrets", 0, "secretArn"], ["tags", "token"]]));
    expect(db.secretPaths).toHaveLength(3);
    expect(db.props.username).toBe("admin");
});

test("what is not judged is said: other providers, unmapped AWS types, data sources, deposed objects", () => {
    const loaded = load(
        state([
            managed("aws_s3_bucket", "b", [instance({ bucket: "b" }), instance({ bucket: "old" }, { deposed: "00000001" })]),
            { mode: "managed", type: "random_id", name: "suffix", provider: 'provider["registry.terraform.io/hashicorp/random"]', instances: [instance({ hex: "ab" })] },
            managed("aws_made_up_thing", "t", [instance({}), instance({}, { index_key: 1 }), instance({}, { index_key: 2 }), instance({}, { index_key: 3 })]),
            { mode: "data", type: "aws_caller_identity", name: "me", provider: AWS, instances: [instance({ account_id: "1" })] },
        ]),
    );
    expect(loaded.resources.map((r) => r.name)).toEqual(["aws_s3_bucket.b"]);
    expect(loaded.notices).toEqual([
        "not judged: 4 aws_made_up_thing (no Pulumi AWS type is mapped to it): aws_made_up_thing.t, aws_made_up_thing.t[1], aws_made_up_thing.t[2], and 1 more",
        "not judged: 1 random_id (not an AWS resource): random_id.suffix",
        "not judged: 1 data source instance (data sources read infrastructure, they do not manage it)",
        "not judged: 1 deposed object (replaced, waiting to be destroyed)",
    ]);
});

test("dependencies name the instances of the resources they refer to", () => {
    const { resources } = load(
        state([
            managed("aws_security_group", "sg", [instance({ name: "a" }, { index_key: 0 }), instance({ name: "b" }, { index_key: 1 })], { module: "module.net" }),
            managed("aws_db_instance", "db", [instance({ identifier: "db" }, { dependencies: ["module.net.aws_security_group.sg"] })]),
        ]),
    );
    expect(resources[2].dependencies).toEqual([resources[0].urn, resources[1].urn]);
});

test.each([
    ["format version 3", { version: 3, terraform_version: "0.11.14", modules: [] }, /Terraform state format version 3 is not supported; expected version 4/],
    ["resources not a list", { ...state([]), resources: {} }, /not valid Terraform state: .*resources/],
    ["an unknown mode", state([{ mode: "ephemeral", type: "aws_s3_bucket", name: "b", instances: [] }]), /not valid Terraform state/],
    ["the pre-0.12 flat format", state([managed("aws_s3_bucket", "b", [{ schema_version: 0, attributes_flat: { bucket: "b" } }])]), /aws_s3_bucket\.b is stored in the pre-0\.12 flat format/],
    ["a sensitive path that is not one", state([managed("aws_s3_bucket", "b", [instance({ bucket: "b" }, { sensitive_attributes: ["bucket"] })])]), /aws_s3_bucket\.b: sensitive_attributes holds "bucket", not a path/],
    ["a sensitive path step of an unknown kind", state([managed("aws_s3_bucket", "b", [instance({ bucket: "b" }, { sensitive_attributes: [[{ type: "splat", value: 1 }]] })])]), /not a get_attr or index step/],
    ["one address twice", state([managed("aws_s3_bucket", "b", [instance({}), instance({})])]), /aws_s3_bucket\.b appears twice/],
])("%s is refused with a one-line message naming the file", (_name, doc, message) => {
    expect(() => load(doc)).toThrow(message);
    expect(() => load(doc)).toThrow(/^estate\.tfstate: /);
});
