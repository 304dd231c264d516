/** The policy-document questions every policy rule relies on, as tables: one line per case. */
import { UNKNOWN_SENTINELS } from "../../src/resource";
import { isUnknownValueError, unknownCheckingProxy } from "../../src/sdk";
import {
    actionMatches,
    allowsPublicAccess,
    appliesToAllResources,
    conditionConfines,
    publicStatements,
    grantsAction,
    isFullAdmin,
    isPublicPrincipal,
    isServicePrincipal,
    KMS_CONFINING_KEYS,
    matchesEveryResource,
    namesEveryone,
    principalAccount,
    readPolicy,
    resourceCovers,
    statementsToJudge,
    type Statement,
} from "./policy-document";
import { IDENTITY_POLICY_CARRIERS, identityStatements } from "./identity-policies";

/** The single statement of a document holding `fields`. */
function statement(fields: Record<string, unknown>): Statement {
    const reading = readPolicy({ Version: "2012-10-17", Statement: fields });
    if (reading.kind !== "document") throw new Error(`not a document: ${JSON.stringify(reading)}`);
    return reading.statements[0];
}

describe("reading documents", () => {
    test.each<[string, unknown, string]>([
        ["JSON text", JSON.stringify({ Statement: [{ Effect: "Allow" }] }), "document"],
        ["an object", { Statement: [{ Effect: "Allow" }] }, "document"],
        ["a single statement object", { Statement: { Effect: "Allow" } }, "document"],
        ["undefined", undefined, "absent"],
        ["null", null, "absent"],
        ["empty text", "  ", "absent"],
        ["invalid JSON", "{not json", "unreadable"],
        ["JSON that is not an object", "[1, 2]", "unreadable"],
        ["a number", 42, "unreadable"],
        ["no Statement", { Version: "2012-10-17" }, "unreadable"],
        ["a Statement that is text", { Statement: "Allow everything" }, "unreadable"],
        ["the offline stand-in for an encrypted secret", "[secret]", "unreadable"],
    ])("%s → %s", (_name, document, kind) => {
        expect(readPolicy(document).kind).toBe(kind);
    });

    test("a non-object entry keeps its place, so Statement[i] names the i-th entry", () => {
        const reading = readPolicy({ Statement: [null, "x", { Effect: "Allow" }] });
        expect(reading.kind === "document" && reading.statements.map((s) => s.index)).toEqual([2]);
    });

    test("an unreadable document is reported, never passed", () => {
        const reported: unknown[] = [];
        expect(statementsToJudge("{oops", { report: (v) => reported.push(v) }, "Bucket policy `site`", "policy")).toEqual([]);
        expect(reported).toEqual([expect.objectContaining({ propertyPath: "policy", message: "Bucket policy `site` could not be judged: its `policy` is not valid JSON." })]);
    });

    test.each<[string, Record<string, unknown>, Partial<Record<"effect" | "actions" | "notActions" | "resources" | "notResources", unknown>>]>([
        ["single values become lists", { Effect: "Allow", Action: "s3:GetObject", Resource: "*" }, { effect: "Allow", actions: ["s3:GetObject"], resources: ["*"] }],
        ["lists stay lists, non-strings dropped", { Effect: "Deny", NotAction: ["iam:*", 7], NotResource: ["arn:aws:s3:::a"] }, { effect: "Deny", notActions: ["iam:*"], notResources: ["arn:aws:s3:::a"] }],
        ["absent elements are undefined", { Effect: "Allow" }, { actions: undefined, notActions: undefined, resources: undefined, notResources: undefined }],
        ["Effect is case-sensitive", { Effect: "allow" }, { effect: undefined }],
    ])("normalising: %s", (_name, fields, expected) => {
        const s = statement(fields);
        for (const [key, value] of Object.entries(expected)) expect(s[key as keyof typeof expected]).toEqual(value);
    });
});

test("principals and conditions are normalised: lists, lower-case keys, operator parts", () => {
    const s = statement({
        Effect: "Allow",
        NotPrincipal: { AWS: "arn:aws:iam::111122223333:root", Service: ["a.amazonaws.com"] },
        Condition: { "ForAnyValue:StringLikeIfExists": { "AWS:SourceVpce": "vpce-1" }, Bool: { "aws:SecureTransport": ["true"] } },
    });
    expect(s.principal).toBeUndefined();
    expect(s.hasNotPrincipal).toBe(true);
    expect(s.notPrincipal).toEqual({ anyone: false, byType: { AWS: ["arn:aws:iam::111122223333:root"], Service: ["a.amazonaws.com"] } });
    expect(s.conditions.map((t) => [t.operator, t.qualifier, t.base, t.ifExists, t.key, t.values])).toEqual([
        ["ForAnyValue:StringLikeIfExists", "ForAnyValue", "StringLike", true, "aws:sourcevpce", ["vpce-1"]],
        ["Bool", undefined, "Bool", false, "aws:securetransport", ["true"]],
    ]);
});

describe("public principals", () => {
    test.each<[string, unknown, boolean]>([
        ['"*"', "*", true],
        ['{ AWS: "*" }', { AWS: "*" }, true],
        ['{ AWS: ["*"] } beside an account', { AWS: ["111122223333", "*"] }, true],
        ["an account wildcard in an ARN", { AWS: ["arn:aws:iam::*:root"] }, true],
        ["an account wildcard in a user ARN", { AWS: "arn:aws:iam::*:user/alice" }, true],
        ['"*" of another principal type', { CanonicalUser: "*" }, true],
        ['a Federated "*"', { Federated: "*" }, true],
        ['a list holding "*" (not valid IAM, read as meant)', ["*"], true],
        ["an account wildcard in a role ARN", { AWS: "arn:aws:iam::*:role/x" }, true],
        ["an account wildcard in another partition", { AWS: "arn:aws-cn:iam::*:root" }, true],
        ["a wildcard account ID that is not an ARN", { AWS: "1111*" }, true],
        ["a named role", { AWS: "arn:aws:iam::111122223333:role/x" }, false],
        ["a federated identity provider", { Federated: "arn:aws:iam::111122223333:saml-provider/okta" }, false],
        ["a web identity provider", { Federated: "cognito-identity.amazonaws.com" }, false],
        ["a named account", { AWS: "arn:aws:iam::111122223333:root" }, false],
        ["a bare account ID", { AWS: "111122223333" }, false],
        ["a service principal", { Service: "cloudfront.amazonaws.com" }, false],
        ["no principal", undefined, false],
    ])("%s → %s", (_name, Principal, expected) => {
        expect(isPublicPrincipal(statement({ Effect: "Allow", Principal }).principal)).toBe(expected);
    });

    test.each<[string, unknown, boolean]>([
        ['"*"', "*", true],
        ['{ AWS: "*" }', { AWS: "*" }, true],
        ["an account wildcard is not literally everyone", { AWS: "arn:aws:iam::*:root" }, false],
    ])("names everyone: %s → %s", (_name, Principal, expected) => {
        expect(namesEveryone(statement({ Effect: "Deny", Principal }).principal)).toBe(expected);
    });

    test.each<[string, Record<string, unknown>, boolean]>([
        ["Allow to *", { Effect: "Allow", Principal: "*" }, true],
        ["Allow with NotPrincipal (everyone but those named)", { Effect: "Allow", NotPrincipal: { AWS: "arn:aws:iam::111122223333:root" } }, true],
        ["Deny to *", { Effect: "Deny", Principal: "*" }, false],
        ["Allow to * confined to the organisation", { Effect: "Allow", Principal: "*", Condition: { StringEquals: { "aws:PrincipalOrgID": "o-a1b2c3d4e5" } } }, false],
        ["Allow to a named account", { Effect: "Allow", Principal: { AWS: "111122223333" } }, false],
        ["Allow to a service principal (not public by itself)", { Effect: "Allow", Principal: { Service: "sns.amazonaws.com" } }, false],
        ["Deny with NotPrincipal (the safe idiom)", { Effect: "Deny", NotPrincipal: { AWS: "arn:aws:iam::111122223333:root" } }, false],
        ["Allow with NotPrincipal and a confining condition", { Effect: "Allow", NotPrincipal: { AWS: "111122223333" }, Condition: { StringEquals: { "aws:SourceVpce": "vpce-1a2b" } } }, false],
        [
            "the ECR hole: StringNotEquals on aws:PrincipalOrgID is no confinement",
            { Effect: "Allow", Principal: "*", Action: "ecr:BatchGetImage", Condition: { StringNotEquals: { "aws:PrincipalOrgID": "o-a1b2c3d4e5" } } },
            true,
        ],
        ["Allow to an account wildcard, confined by aws:PrincipalAccount", { Effect: "Allow", Principal: { AWS: "arn:aws:iam::*:root" }, Condition: { StringEquals: { "aws:PrincipalAccount": "111122223333" } } }, false],
        ["Effect in the wrong case is no Allow", { Effect: "allow", Principal: "*" }, false],
    ])("allows public access: %s → %s", (_name, fields, expected) => {
        expect(allowsPublicAccess(statement(fields))).toBe(expected);
    });

    test.each<[string, string | undefined]>([
        ["111122223333", "111122223333"],
        ["arn:aws:iam::111122223333:role/x", "111122223333"],
        ["arn:aws-cn:sts::444455556666:assumed-role/a/b", "444455556666"],
        ["*", undefined],
        ["arn:aws:iam::*:root", undefined],
    ])("account of %s → %s", (entry, account) => {
        expect(principalAccount(entry)).toBe(account);
    });
});

describe("conditions that confine a public statement", () => {
    const confines = (Condition: unknown) => conditionConfines(statement({ Effect: "Allow", Principal: "*", Condition }).conditions);

    test.each<[string, unknown, boolean]>([
        ["StringEquals on aws:SourceVpce", { StringEquals: { "aws:SourceVpce": "vpce-1a2b3c" } }, true],
        ["StringEquals on aws:SourceVpc", { StringEquals: { "aws:SourceVpc": "vpc-1a2b3c" } }, true],
        ["StringEquals on aws:VpceAccount", { StringEquals: { "aws:VpceAccount": "111122223333" } }, true],
        ["StringEquals on aws:VpceOrgID", { StringEquals: { "aws:VpceOrgID": "o-a1b2c3d4e5" } }, true],
        ["ForAnyValue:StringLike on aws:VpceOrgPaths under a fixed organisation", { "ForAnyValue:StringLike": { "aws:VpceOrgPaths": "o-a1b2c3d4e5/r-ab12/*" } }, true],
        ["StringEquals on aws:PrincipalOrgID", { StringEquals: { "aws:PrincipalOrgID": ["o-a1b2c3d4e5"] } }, true],
        ["ForAnyValue:StringLike on aws:PrincipalOrgPaths under a fixed organisation", { "ForAnyValue:StringLike": { "aws:PrincipalOrgPaths": ["o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/*"] } }, true],
        ["StringEquals on aws:PrincipalAccount", { StringEquals: { "aws:PrincipalAccount": "111122223333" } }, true],
        ["StringEquals on aws:SourceAccount, written as a number", { StringEquals: { "aws:SourceAccount": 111122223333 } }, true],
        ["ArnEquals on aws:SourceArn", { ArnEquals: { "aws:SourceArn": "arn:aws:sns:eu-west-1:111122223333:alerts" } }, true],
        ["ArnLike on aws:SourceArn with a fixed account", { ArnLike: { "aws:SourceArn": "arn:aws:sns:*:111122223333:*" } }, true],
        ["StringEquals on aws:SourceOrgID", { StringEquals: { "aws:SourceOrgID": "o-a1b2c3d4e5" } }, true],
        ["IpAddress on aws:SourceIp, a range", { IpAddress: { "aws:SourceIp": "203.0.113.0/24" } }, true],
        ["IpAddress on aws:SourceIp, one address", { IpAddress: { "aws:SourceIp": ["203.0.113.7", "2001:db8::/32"] } }, true],
        ["keys are case-insensitive", { StringEquals: { "AWS:sourcevpce": "vpce-1a2b3c" } }, true],
        ["one confining test among others is enough", { Bool: { "aws:SecureTransport": "true" }, StringEquals: { "aws:SourceVpce": "vpce-1" } }, true],
        ["operators are case-sensitive", { stringequals: { "aws:SourceVpce": "vpce-1a2b3c" } }, false],
        ["a negated operator", { StringNotEquals: { "aws:PrincipalOrgID": "o-a1b2c3d4e5" } }, false],
        ["a negated ARN operator", { ArnNotLike: { "aws:SourceArn": "arn:aws:sns:eu-west-1:111122223333:*" } }, false],
        ["NotIpAddress", { NotIpAddress: { "aws:SourceIp": "203.0.113.0/24" } }, false],
        ["...IfExists passes without the key", { StringEqualsIfExists: { "aws:SourceVpce": "vpce-1a2b3c" } }, false],
        ["ForAllValues: passes for an empty set", { "ForAllValues:StringEquals": { "aws:PrincipalOrgPaths": "o-a1b2c3d4e5/r-ab12/" } }, false],
        ["Null is not a comparison", { Null: { "aws:SourceVpce": "false" } }, false],
        ["a wildcard-only value", { StringLike: { "aws:PrincipalOrgID": "*" } }, false],
        ["a partly wildcard value", { StringLike: { "aws:SourceVpce": "vpce-*" } }, false],
        ["one wildcard value among fixed ones", { StringLike: { "aws:SourceAccount": ["111122223333", "*"] } }, false],
        ["a wildcard in the account part of an ARN", { ArnLike: { "aws:SourceArn": "arn:aws:sns:eu-west-1:*:alerts" } }, false],
        ["an ARN pattern with no account", { ArnLike: { "aws:SourceArn": "arn:aws:s3:::*" } }, false],
        ["an org path with a wildcard organisation", { "ForAnyValue:StringLike": { "aws:PrincipalOrgPaths": "o-*/r-ab12/*" } }, false],
        ["a policy variable", { StringEquals: { "aws:PrincipalAccount": "${aws:PrincipalAccount}" } }, false],
        ["an empty value list", { StringEquals: { "aws:SourceVpce": [] } }, false],
        ["the IPv4 world", { IpAddress: { "aws:SourceIp": "0.0.0.0/0" } }, false],
        ["the IPv6 world written 0::/0", { IpAddress: { "aws:SourceIp": "0::/0" } }, false],
        ["aws:SourceIp compared as a string", { StringEquals: { "aws:SourceIp": "203.0.113.7" } }, false],
        ["a key that says how, not who", { Bool: { "aws:SecureTransport": "true" } }, false],
        ["a key that names a service of any account", { StringEquals: { "aws:PrincipalServiceName": "events.amazonaws.com" } }, false],
        ["no condition", undefined, false],
        ["StringEqualsIgnoreCase on aws:PrincipalOrgID", { StringEqualsIgnoreCase: { "aws:PrincipalOrgID": "O-A1B2C3D4E5" } }, true],
        ["ForAnyValue:StringEquals on aws:PrincipalOrgID", { "ForAnyValue:StringEquals": { "aws:PrincipalOrgID": "o-a1b2c3d4e5" } }, true],
        ["ArnLike on aws:PrincipalArn with a fixed account", { ArnLike: { "aws:PrincipalArn": "arn:aws:iam::111122223333:role/ci-*" } }, true],
        ["StringEquals on aws:SourceArn (a fixed ARN compared as text)", { StringEquals: { "aws:SourceArn": "arn:aws:s3:::uploads" } }, true],
        ["ArnEquals on aws:SourceArn of a bucket (no account part, but fixed)", { ArnEquals: { "aws:SourceArn": "arn:aws:s3:::uploads" } }, true],
        ["an organisation wildcard o-*", { StringLike: { "aws:PrincipalOrgID": "o-*" } }, false],
        ["an ARN that names every account", { ArnLike: { "aws:PrincipalArn": "arn:aws:iam::*:*" } }, false],
        ["ForAllValues: on aws:PrincipalOrgID", { "ForAllValues:StringEquals": { "aws:PrincipalOrgID": "o-a1b2c3d4e5" } }, false],
        ["ForAnyValue:...IfExists", { "ForAnyValue:StringEqualsIfExists": { "aws:PrincipalOrgPaths": "o-a1b2c3d4e5/r-ab12/" } }, false],
        ["NotIpAddress beside IpAddress of the world", { IpAddress: { "aws:SourceIp": ["0.0.0.0/0"] }, NotIpAddress: { "aws:SourceIp": "10.0.0.0/8" } }, false],
        ["aws:PrincipalIsAWSService: a service of any account (Bool)", { Bool: { "aws:PrincipalIsAWSService": "true" } }, false],
        ["aws:ViaAWSService: a service acting for any caller (Bool)", { Bool: { "aws:ViaAWSService": "true" } }, false],
        ["aws:username: a user of any account", { StringEquals: { "aws:username": "alice" } }, false],
        ["aws:PrincipalType", { StringEquals: { "aws:PrincipalType": "AssumedRole" } }, false],
        ["aws:ResourceAccount names the resource, not the caller", { StringEquals: { "aws:ResourceAccount": "111122223333" } }, false],
        ["lambda:FunctionUrlAuthType says how, not who", { StringEquals: { "lambda:FunctionUrlAuthType": "AWS_IAM" } }, false],
        ["kms:CallerAccount counts only for KMS key policies", { StringEquals: { "kms:CallerAccount": "111122223333" } }, false],
        ["an empty string", { StringEquals: { "aws:SourceAccount": "" } }, false],
        ["a value that is neither text nor number", { StringEquals: { "aws:SourceAccount": { nested: "111122223333" } } }, false],
    ])("%s → %s", (_name, Condition, expected) => {
        expect(confines(Condition)).toBe(expected);
    });

    test.each<[string, unknown, boolean]>([
        ["kms:CallerAccount", { StringEquals: { "kms:CallerAccount": "111122223333" } }, true],
        ["kms:CallerAccount in another case, beside kms:ViaService", { StringEquals: { "KMS:calleraccount": "111122223333", "kms:ViaService": "s3.eu-west-1.amazonaws.com" } }, true],
        ["kms:ViaService alone (every account can call KMS through S3)", { StringEquals: { "kms:ViaService": "s3.eu-west-1.amazonaws.com" } }, false],
        ["kms:CallerAccount negated", { StringNotEquals: { "kms:CallerAccount": "111122223333" } }, false],
        ["kms:CallerAccount wildcard", { StringLike: { "kms:CallerAccount": "*" } }, false],
        ["the global keys still count", { StringEquals: { "aws:PrincipalOrgID": "o-a1b2c3d4e5" } }, true],
    ])("KMS key policies: %s → %s", (_name, Condition, expected) => {
        expect(conditionConfines(statement({ Effect: "Allow", Principal: "*", Condition }).conditions, KMS_CONFINING_KEYS)).toBe(expected);
    });

    test("only the keys a rule names count", () => {
        const tests = statement({ Effect: "Allow", Principal: "*", Condition: { StringEquals: { "aws:SourceVpce": "vpce-1" } } }).conditions;
        expect(conditionConfines(tests, new Set(["aws:principalorgid"]))).toBe(false);
    });

    test("an unknown value is not guessed: its error reaches the policy runner", () => {
        const condition = { StringEquals: { "aws:SourceVpce": UNKNOWN_SENTINELS.string } };
        const doc = unknownCheckingProxy({ Statement: [{ Effect: "Allow", Principal: "*", Condition: condition }] });
        const reading = readPolicy(doc);
        if (reading.kind !== "document") throw new Error("not a document");
        const error = (() => {
            try {
                return allowsPublicAccess(reading.statements[0]);
            } catch (e) {
                return e;
            }
        })();
        expect(isUnknownValueError(error)).toBe(true);
    });

    test("an unknown value does not matter when a known test confines", () => {
        const condition = { StringEquals: { "aws:SourceVpce": UNKNOWN_SENTINELS.string, "aws:PrincipalOrgID": "o-a1b2c3d4e5" } };
        const reading = readPolicy(unknownCheckingProxy({ Statement: [{ Effect: "Allow", Principal: "*", Condition: condition }] }));
        expect(reading.kind === "document" && allowsPublicAccess(reading.statements[0])).toBe(false);
    });
});

test.each<[string, boolean]>([
    ["s3.amazonaws.com", true],
    ["logs.eu-west-1.amazonaws.com", true],
    ["sns.amazonaws.com.cn", true],
    ["Events.AmazonAWS.com", true],
    ["*", false],
    ["111122223333", false],
    ["arn:aws:iam::111122223333:root", false],
    ["amazonaws.com", false],
    ["evil.amazonaws.com.attacker.example", false],
])("service principal: %s → %s", (entry, expected) => {
    expect(isServicePrincipal(entry)).toBe(expected);
});

describe("actions", () => {
    test.each<[string, string, boolean]>([
        ["*", "s3:GetObject", true],
        ["s3:*", "s3:GetObject", true],
        ["S3:get*", "s3:GetObject", true],
        ["iam:Pass?ole", "iam:PassRole", true],
        ["sts:AssumeRole", "sts:AssumeRoleWithSAML", false],
        ["sts:AssumeRole*", "sts:AssumeRoleWithSAML", true],
        ["ec2:Describe*", "ec2:RunInstances", false],
        ["iam:*Role*", "iam:PassRole", true],
    ])("%s matches %s → %s", (pattern, action, expected) => {
        expect(actionMatches(pattern, action)).toBe(expected);
    });

    test.each<[string, Record<string, unknown>, boolean]>([
        ["Action lists it", { Effect: "Allow", Action: ["iam:PassRole"] }, true],
        ["Action pattern covers it", { Effect: "Allow", Action: "iam:Pass*" }, true],
        ["NotAction leaves it in", { Effect: "Allow", NotAction: "s3:*" }, true],
        ["NotAction takes it out", { Effect: "Allow", NotAction: ["iam:*"] }, false],
        ["neither element", { Effect: "Allow" }, false],
    ])("grants iam:PassRole: %s → %s", (_name, fields, expected) => {
        expect(grantsAction(statement(fields), "iam:PassRole")).toBe(expected);
    });
});

describe("resources", () => {
    test.each<[string, boolean]>([
        ["*", true],
        ["arn:aws:*:*:*:*", true],
        ["arn:aws:*", true],
        ["arn:*", true],
        ["arn:*:*:*:*:*", true],
        ["arn:aws-us-gov:*:*:*:*", true],
        ["arn:aws:s3:::*", false],
        ["arn:aws:iam::111122223333:*", false],
        ["arn:aws:*:*:111122223333:*", false],
    ])("%s matches every resource → %s", (pattern, expected) => {
        expect(matchesEveryResource(pattern)).toBe(expected);
    });

    test.each<[string, Record<string, unknown>, boolean]>([
        ["Resource *", { Resource: "*" }, true],
        ["a match-all ARN among others", { Resource: ["arn:aws:s3:::a", "arn:aws:*:*:*:*"] }, true],
        ["NotResource", { NotResource: "arn:aws:s3:::a" }, true],
        ["one bucket", { Resource: "arn:aws:s3:::a/*" }, false],
        ["no Resource", {}, false],
    ])("applies to all resources: %s → %s", (_name, fields, expected) => {
        expect(appliesToAllResources(statement({ Effect: "Allow", ...fields }))).toBe(expected);
    });

    test.each<[string, Record<string, unknown>, string, boolean]>([
        ["exact ARN", { Resource: "arn:aws:s3:::logs" }, "arn:aws:s3:::logs", true],
        ["wildcard spans the key path", { Resource: "arn:aws:s3:::logs/*" }, "arn:aws:s3:::logs/2024/01/a.gz", true],
        ["? matches one character", { Resource: "arn:aws:s3:::log?" }, "arn:aws:s3:::logs", true],
        ["ARNs are case-sensitive", { Resource: "arn:aws:s3:::Logs" }, "arn:aws:s3:::logs", false],
        ["another bucket", { Resource: ["arn:aws:s3:::a", "arn:aws:s3:::b/*"] }, "arn:aws:s3:::c", false],
        ["NotResource leaves it in", { NotResource: "arn:aws:s3:::a" }, "arn:aws:s3:::b", true],
        ["NotResource takes it out", { NotResource: "arn:aws:s3:::a*" }, "arn:aws:s3:::a/b", false],
    ])("Resource covers: %s → %s", (_name, fields, arn, expected) => {
        expect(resourceCovers(statement({ Effect: "Allow", ...fields }), arn)).toBe(expected);
    });

    test.each<[string, Record<string, unknown>, boolean]>([
        ["* on *", { Effect: "Allow", Action: "*", Resource: "*" }, true],
        ["*:* on *", { Effect: "Allow", Action: ["s3:GetObject", "*:*"], Resource: ["*"] }, true],
        ["* on arn:aws:*:*:*:*", { Effect: "Allow", Action: "*", Resource: "arn:aws:*:*:*:*" }, true],
        ["* on arn:*", { Effect: "Allow", Action: "*", Resource: "arn:*" }, true],
        ["* on everything but one (NotResource)", { Effect: "Allow", Action: "*", NotResource: "arn:aws:s3:::a" }, true],
        ["* on one bucket", { Effect: "Allow", Action: "*", Resource: "arn:aws:s3:::a" }, false],
        ["s3:* on *", { Effect: "Allow", Action: "s3:*", Resource: "*" }, false],
        ["Deny * on *", { Effect: "Deny", Action: "*", Resource: "*" }, false],
        ["** on * (runs of *)", { Effect: "Allow", Action: "**", Resource: "*" }, true],
        ["* on arn:aws:*", { Effect: "Allow", Action: "*", Resource: "arn:aws:*" }, true],
        ["NotAction on * is the NotAction rule's, not full admin", { Effect: "Allow", NotAction: "iam:*", Resource: "*" }, false],
        ["* with no Resource", { Effect: "Allow", Action: "*" }, false],
    ])("full admin: %s → %s", (_name, fields, expected) => {
        expect(isFullAdmin(statement(fields))).toBe(expected);
    });
});

describe("identity policy carriers: every type, every document, each with its property path", () => {
    const admin = JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }] });
    const paths = (type: string, props: Record<string, unknown>) => {
        const reported: unknown[] = [];
        const found = identityStatements(type, props, { name: "x", report: (v) => reported.push(v) });
        return { paths: found.map((f) => `${f.path}#${f.statement.index}`), reported: reported.length };
    };

    test.each<[string, Record<string, unknown>, string[], number]>([
        ["aws:iam/policy:Policy", { policy: admin }, ["policy#0"], 0],
        ["aws:iam/rolePolicy:RolePolicy", { role: "r", policy: admin }, ["policy#0"], 0],
        ["aws:iam/userPolicy:UserPolicy", { user: "u", policy: admin }, ["policy#0"], 0],
        ["aws:iam/groupPolicy:GroupPolicy", { group: "g", policy: admin }, ["policy#0"], 0],
        ["aws:iam/role:Role", { inlinePolicies: [{ name: "a", policy: admin }, { name: "b" }, { name: "c", policy: admin }] }, ["inlinePolicies[0].policy#0", "inlinePolicies[2].policy#0"], 0],
        ["aws:iam/role:Role", { inlinePolicies: [{ name: "bad", policy: "{oops" }] }, [], 1],
        ["aws:iam/role:Role", {}, [], 0],
        ["aws:ssoadmin/permissionSetInlinePolicy:PermissionSetInlinePolicy", { inlinePolicy: admin }, ["inlinePolicy#0"], 0],
        ["aws:s3/bucketPolicy:BucketPolicy", { policy: admin }, [], 0],
    ])("%s %j", (type, props, expected, reported) => {
        expect(paths(type, props)).toEqual({ paths: expected, reported });
    });

    test("the carrier list names each identity-policy type once", () => {
        expect([...IDENTITY_POLICY_CARRIERS].sort()).toEqual([
            "aws:iam/groupPolicy:GroupPolicy",
            "aws:iam/policy:Policy",
            "aws:iam/role:Role",
            "aws:iam/rolePolicy:RolePolicy",
            "aws:iam/userPolicy:UserPolicy",
            "aws:ssoadmin/permissionSetInlinePolicy:PermissionSetInlinePolicy",
        ]);
    });
});

describe("a Deny guard fences a public Allow in (publicStatements)", () => {
    const invoke = { Action: "execute-api:Invoke", Resource: "arn:aws:execute-api:eu-west-1:111122223333:abc123/*" };
    const allowAll = { Effect: "Allow", Principal: "*", ...invoke };
    const publicIndexes = (...Statement: object[]) => {
        const reported: unknown[] = [];
        const found = publicStatements({ Version: "2012-10-17", Statement }, { report: (v) => reported.push(v) }, "API `x`", "policy");
        return found.map((s) => s.index);
    };

    test.each<[string, object[], number[]]>([
        ["no guard", [allowAll], [0]],
        ["Deny unless from one VPC endpoint", [allowAll, { Effect: "Deny", Principal: "*", ...invoke, Condition: { StringNotEquals: { "aws:SourceVpce": "vpce-0a1b2c" } } }], []],
        ["Deny unless from an office range (NotIpAddress)", [allowAll, { Effect: "Deny", Principal: "*", ...invoke, Condition: { NotIpAddress: { "aws:SourceIp": ["203.0.113.0/24"] } } }], []],
        ["Deny ...IfExists still fences (a Deny only widens)", [allowAll, { Effect: "Deny", Principal: "*", ...invoke, Condition: { StringNotEqualsIfExists: { "aws:PrincipalOrgID": "o-a1b2c3d4e5" } } }], []],
        ["Deny with no condition voids the Allow", [allowAll, { Effect: "Deny", Principal: "*", Action: "*", Resource: "*" }], []],
        ["Deny of a wider action pattern", [allowAll, { Effect: "Deny", Principal: { AWS: "*" }, Action: "execute-api:*", Resource: "arn:aws:execute-api:eu-west-1:111122223333:abc123/*", Condition: { StringNotEquals: { "aws:SourceVpc": "vpc-1" } } }], []],
        ["Deny of the world range does not fence", [allowAll, { Effect: "Deny", Principal: "*", ...invoke, Condition: { NotIpAddress: { "aws:SourceIp": "0.0.0.0/0" } } }], [0]],
        ["Deny with a wildcard value does not fence", [allowAll, { Effect: "Deny", Principal: "*", ...invoke, Condition: { StringNotLike: { "aws:SourceVpce": "vpce-*" } } }], [0]],
        ["Deny with a positive operator does not fence", [allowAll, { Effect: "Deny", Principal: "*", ...invoke, Condition: { StringEquals: { "aws:SourceVpce": "vpce-0a1b2c" } } }], [0]],
        ["Deny on a non-confining key does not fence", [allowAll, { Effect: "Deny", Principal: "*", ...invoke, Condition: { StringNotEquals: { "aws:username": "alice" } } }], [0]],
        ["Deny with a second condition applies only when both hold", [allowAll, { Effect: "Deny", Principal: "*", ...invoke, Condition: { StringNotEquals: { "aws:SourceVpce": "vpce-1" }, Bool: { "aws:SecureTransport": "false" } } }], [0]],
        ["Deny of fewer actions does not fence", [{ ...allowAll, Action: ["execute-api:Invoke", "execute-api:ManageConnections"] }, { Effect: "Deny", Principal: "*", ...invoke, Condition: { StringNotEquals: { "aws:SourceVpce": "vpce-1" } } }], [0]],
        ["Deny of another resource does not fence", [allowAll, { Effect: "Deny", Principal: "*", Action: "execute-api:Invoke", Resource: "arn:aws:execute-api:eu-west-1:111122223333:other/*", Condition: { StringNotEquals: { "aws:SourceVpce": "vpce-1" } } }], [0]],
        ["Deny to one account does not fence", [allowAll, { Effect: "Deny", Principal: { AWS: "111122223333" }, ...invoke, Condition: { StringNotEquals: { "aws:SourceVpce": "vpce-1" } } }], [0]],
        ["Deny with NotResource does not fence", [allowAll, { Effect: "Deny", Principal: "*", Action: "*", NotResource: "arn:aws:s3:::x" }], [0]],
        ["Deny with ForAllValues: does not fence", [allowAll, { Effect: "Deny", Principal: "*", ...invoke, Condition: { "ForAllValues:StringNotEquals": { "aws:PrincipalOrgPaths": "o-a1b2c3d4e5/r-ab12/" } } }], [0]],
        ["an Allow with NotAction is fenced only by a Deny of every action", [{ Effect: "Allow", Principal: "*", NotAction: "iam:*", Resource: "*" }, { Effect: "Deny", Principal: "*", Action: "s3:*", Resource: "*" }], [0]],
    ])("%s", (_name, statements, expected) => {
        expect(publicIndexes(...statements)).toEqual(expected);
    });
});
