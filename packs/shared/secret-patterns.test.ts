import { gzipSync } from "node:zlib";
import {
    decodeUserData,
    describeKinds,
    findCredentialAssignments,
    findCredentials,
    findEnvironmentCredentials,
    isCredentialName,
    isReferenceValue,
    urlCredential,
} from "./secret-patterns";

// Realistic but fake values: shaped as the detectors expect, never real keys.
export const FAKE = {
    awsKeyId: "AKIAZ7QW3ERTY5UIOP2A",
    awsSecret: "Zx3kQ9pLm2Vb7Nc4Rt8Yw1Hs6Jd5Gf0Ka9Qe3Uo7",
    githubToken: `ghp_${"a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8"}`,
    privateKey: ["-----BEGIN RSA PRIVATE KEY-----", "MIIEowIBAAKCAQEA" + "q9Zx3kQ9pLm2Vb7Nc4Rt8Yw1Hs6Jd5Gf0Ka9Qe3Uo7".repeat(4), "-----END RSA PRIVATE KEY-----"].join("\n"),
    postgresUrl: "postgres://app:Xy7pQ2rT9wLm@db.internal.example.com:5432/app",
};

describe("findCredentials", () => {
    test("reports what and where, never the matched text", async () => {
        const text = `#!/bin/bash\necho start\naws_secret_access_key = ${FAKE.awsSecret}\n`;
        const found = await findCredentials(text);
        expect(found).toEqual([{ kind: "AWS secret access key", detector: "@secretlint/secretlint-rule-aws", offset: text.indexOf("aws_secret"), line: 3 }]);
        expect(JSON.stringify(found)).not.toContain(FAKE.awsSecret);
    });

    test.each([
        ["an access key ID alone", `KEY=${FAKE.awsKeyId}`, "AWS access key ID"],
        ["a GitHub token", `echo ${FAKE.githubToken} | gh auth login --with-token`, "GitHub token"],
        ["a private key", `cat > /root/.ssh/id_rsa <<EOF\n${FAKE.privateKey}\nEOF`, "private key"],
        ["a database connection string with a password", `DATABASE_URL=${FAKE.postgresUrl}`, "database connection string with a password"],
        ["AWS's documentation example key, which secretlint allows", "export KEY_ID=AKIAIOSFODNN7EXAMPLE", "AWS access key ID"],
    ])("%s", async (_name, text, kind) => {
        expect((await findCredentials(text)).map((f) => f.kind)).toContain(kind);
    });

    test("one finding per line: a named AWS key is an AWS key, not also a credential-named assignment", async () => {
        const found = await findCredentials(`export AWS_SECRET_ACCESS_KEY=${FAKE.awsSecret}`);
        expect(found.map((f) => f.kind)).toEqual(["AWS secret access key"]);
    });

    test("text without credentials", async () => {
        expect(await findCredentials("#!/bin/bash\nyum install -y nginx\nexport GREETING=\"Hello there\"\nsystemctl start nginx\n")).toEqual([]);
        expect(await findCredentials("")).toEqual([]);
    });

    test("scans leave nothing behind: no marks kept by secretlint's profiler (a scan per resource stays linear)", async () => {
        // Node's own timeline, not jest's copy of the module.
        const { performance } = process.getBuiltinModule("node:perf_hooks");
        for (let i = 0; i < 20; i++) await findCredentials(`PASSWORD=hunter${i}x`);
        expect(performance.getEntriesByType("mark").filter((m) => m.name.includes("secretlint"))).toEqual([]);
    });

    test("an AWS account ID is not a credential", async () => {
        expect(await findCredentials("aws_account_id = 123456789012")).toEqual([]);
    });
});

describe("credential-named assignments in free text", () => {
    const kinds = (text: string) => findCredentialAssignments(text).map((f) => f.line);
    test.each([
        ["export with escaped quotes (tfsec's launch configuration case)", 'export DATABASE_PASSWORD=\\"SomeSortOfPassword\\"'],
        ["plain shell assignment", "DB_PASSWORD=hunter22"],
        ["quoted value with spaces", 'API_KEY="oh no D:"'],
        ["cloud-config YAML", "password: Sup3rS3cret"],
        ["JSON", '{"client_secret": "abc123def456"}'],
        ["command-line flag", "mysql -u root --password=Sup3rS3cret"],
        ["PowerShell", '$env:DB_PASSWORD = "pw1234"'],
        ["Windows set", "set GITHUB_TOKEN=abc123"],
    ])("%s", (_name, text) => expect(kinds(text)).toEqual([1]));

    test.each([
        ["a reference to a secret fetched at boot", "DB_PASSWORD=$(aws secretsmanager get-secret-value --secret-id db --query SecretString --output text)"],
        ["a shell variable", 'DB_PASSWORD="$PASSWORD_FROM_SSM"'],
        ["a template placeholder", "password: {{ db_password }}"],
        ["a Secrets Manager ARN", "DB_PASSWORD=arn:aws:secretsmanager:eu-west-1:111122223333:secret:db-AbCdEf"],
        ["metadata about a secret", "SECRET_NAME=prod/db\nTOKEN_URL=https://auth.example.com/token\nPASSWORD_MIN_LENGTH=12"],
        ["a comment", "# set the password: see the wiki"],
        ["a flag", "USE_TOKEN=true"],
        ["the shell's working directory", "PWD=/home/ec2-user"],
        ["an LLM token limit", "MAX_TOKENS=4096"],
        ["an empty value", 'DB_PASSWORD=""'],
        ["a non-credential name", 'export GREETING="Hello there"'],
    ])("not: %s", (_name, text) => expect(kinds(text)).toEqual([]));
});

describe("names and values", () => {
    test.each(["DB_PASSWORD", "dbPassword", "db-passwd", "GITHUB_TOKEN", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "ECS_ENGINE_AUTH_DATA", "apiKey", "PRIVATE_KEY", "CLIENT_SECRET", "DB_PWD", "AWS_SESSION_TOKEN"])(
        "%s is credential-named",
        (name) => expect(isCredentialName(name)).toBe(true),
    );
    test.each(["STAGE", "SECRET_NAME", "DB_PASSWORD_ARN", "TOKEN_URL", "KMS_KEY_ID", "TOKEN_TYPE", "PASSWORD_ENABLED", "MAX_TOKENS", "PWD", "API_KEY_HEADER", ""])(
        "%s is not",
        (name) => expect(isCredentialName(name)).toBe(false),
    );
    test.each(["", "  ", "${DB_PASSWORD}", "$DB_PASSWORD", "{{resolve:secretsmanager:db:SecretString:password}}", "arn:aws:ssm:eu-west-1:111122223333:parameter/db", "<your password>", "****", "true"])(
        "%j is a reference or no value",
        (value) => expect(isReferenceValue(value)).toBe(true),
    );
    test.each(["hunter22", "changeme", "arn:aws:s3:::bucket"])("%j is a literal", (value) => expect(isReferenceValue(value)).toBe(false));
});

describe("findEnvironmentCredentials", () => {
    test("judges each variable by name and value, in one scan", async () => {
        const found = await findEnvironmentCredentials([
            { name: "AWS_SECRET_ACCESS_KEY", value: FAKE.awsSecret },
            { name: "STAGE", value: "prod" },
            { name: "GH", value: FAKE.githubToken },
            { name: "DB_PASSWORD_ARN", value: "arn:aws:secretsmanager:eu-west-1:111122223333:secret:db-AbCdEf" },
            { name: "DATABASE_URL", value: FAKE.postgresUrl },
            { name: "DB_PASSWORD", value: "correct-horse" },
            { name: "SIGNING_KEY_PEM", value: FAKE.privateKey },
        ]);
        expect(found).toEqual([
            { index: 0, kinds: ["AWS secret access key"] },
            { index: 2, kinds: ["GitHub token"] },
            { index: 4, kinds: ["database connection string with a password"] },
            { index: 5, kinds: ["hard-coded credential"] },
            { index: 6, kinds: ["private key"] },
        ]);
    });
    test("no variables", async () => expect(await findEnvironmentCredentials([])).toEqual([]));
});

describe("decodeUserData", () => {
    const script = "#!/bin/bash\nexport DB_PASSWORD=hunter22\n";
    test("base64", () => expect(decodeUserData(Buffer.from(script).toString("base64"))).toBe(script));
    test("gzip inside base64 (cloud-init)", () => expect(decodeUserData(gzipSync(Buffer.from(script)).toString("base64"))).toBe(script));
    test("base64 wrapped over lines", () => expect(decodeUserData(Buffer.from(script).toString("base64").replace(/(.{16})/g, "$1\n"))).toBe(script));
    test("plain text is not base64", () => expect(decodeUserData(script)).toBeUndefined());
    test("base64 of binary is not text", () => expect(decodeUserData(Buffer.from([0, 1, 2, 3, 250, 251, 252, 253, 4, 5, 6, 7]).toString("base64"))).toBeUndefined());
    test("broken gzip", () => expect(decodeUserData(Buffer.from([0x1f, 0x8b, 1, 2, 3, 4, 5, 6]).toString("base64"))).toBeUndefined());
});

describe("urlCredential", () => {
    test.each([
        ["https://builder:Xy7pQ2rT9w@bitbucket.org/acme/app.git", "password"],
        ["https://x-token-auth:abc123@bitbucket.org/acme/app.git", "password"],
        [`https://${FAKE.githubToken}@github.com/acme/app.git`, "token"],
        ["https://Zx3kQ9pLm2Vb7Nc4Rt8Yw1Hs6Jd@github.com/acme/app.git", "token"],
        ["https://builder@bitbucket.org/acme/app.git", undefined],
        ["https://github.com/acme/app.git", undefined],
        ["git@github.com:acme/app.git", undefined],
        ["acme-artifacts/source.zip", undefined],
        ["https://github.com/acme/app.git?ref=user:pass@x", undefined],
    ])("%s", (url, expected) => expect(urlCredential(url)).toBe(expected));
});

test("describeKinds", () => {
    expect(describeKinds(["AWS access key ID"])).toBe("an AWS access key ID");
    expect(describeKinds(["private key", "npm token", "GitHub token"])).toBe("a private key, an npm token and a GitHub token");
});
