import { gzipSync } from "node:zlib";
import { checkCase, mockResource, secret, unknown, type RuleCase } from "../../../src/testing";
import rule from "./user-data-no-credentials";

// Realistic but fake: shaped as the detectors expect, never real keys.
const AWS_SECRET = "Zx3kQ9pLm2Vb7Nc4Rt8Yw1Hs6Jd5Gf0Ka9Qe3Uo7";
const AWS_KEY_ID = "AKIAZ7QW3ERTY5UIOP2A";

const instance = (props: { userData?: string; userDataBase64?: string }) =>
    mockResource("aws:ec2/instance:Instance", { ami: "ami-0abcdef1234567890", instanceType: "t3.micro", ...props }, { name: "app" });
const b64 = (text: string) => Buffer.from(text).toString("base64");
const finding = (resource: string, kind: string, field: string, line: number, decoded = "") => ({
    messageId: "credentialInUserData",
    data: { resource, name: "app", kind, field, line, decoded },
    propertyPath: field,
});

const keysScript = `#!/bin/bash\nexport AWS_ACCESS_KEY_ID=${AWS_KEY_ID}\nexport AWS_SECRET_ACCESS_KEY=${AWS_SECRET}\naws s3 sync s3://acme-config /etc/app\n`;

export const cases: RuleCase[] = [
    {
        name: "AWS keys exported by the start-up script",
        resources: instance({ userData: keysScript }),
        expect: { violations: [finding("Instance", "an AWS access key ID", "userData", 2), finding("Instance", "an AWS secret access key", "userData", 3)] },
    },
    {
        name: "checkov's documentation example keys",
        resources: instance({ userData: "#!/bin/bash\nexport AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\nexport AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n" }),
        expect: { violations: [finding("Instance", "an AWS access key ID", "userData", 2), finding("Instance", "an AWS secret access key", "userData", 3)] },
    },
    {
        name: "a password exported by name (tfsec's launch configuration case)",
        resources: mockResource(
            "aws:ec2/launchConfiguration:LaunchConfiguration",
            { imageId: "ami-0abcdef1234567890", instanceType: "t3.micro", userData: 'export DATABASE_PASSWORD=\\"SomeSortOfPassword\\"\n' },
            { name: "app" },
        ),
        expect: { violations: [finding("Launch configuration", "a hard-coded credential", "userData", 1)] },
    },
    {
        name: "userDataBase64 is decoded",
        resources: instance({ userDataBase64: b64("#!/bin/bash\nDB_PASSWORD='correct-horse-battery'\n") }),
        expect: { violations: [finding("Instance", "a hard-coded credential", "userDataBase64", 2, ", after base64 decoding")] },
    },
    {
        name: "gzip-compressed cloud-init in userDataBase64",
        resources: instance({ userDataBase64: gzipSync(Buffer.from(keysScript)).toString("base64") }),
        expect: {
            violations: [
                finding("Instance", "an AWS access key ID", "userDataBase64", 2, ", after base64 and gzip decoding"),
                finding("Instance", "an AWS secret access key", "userDataBase64", 3, ", after base64 and gzip decoding"),
            ],
        },
    },
    {
        name: "launch template user data (base64, as the provider requires)",
        resources: mockResource("aws:ec2/launchTemplate:LaunchTemplate", { imageId: "ami-0abcdef1234567890", userData: b64("#cloud-config\npassword: Sup3rS3cret!\nchpasswd: { expire: False }\n") }, { name: "app" }),
        expect: { violations: [finding("Launch template", "a hard-coded credential", "userData", 2, ", after base64 decoding")] },
    },
    {
        name: "launch template user data given as plain text is scanned as it is",
        resources: mockResource("aws:ec2/launchTemplate:LaunchTemplate", { imageId: "ami-0abcdef1234567890", userData: keysScript }, { name: "app" }),
        expect: { violations: [finding("Launch template", "an AWS access key ID", "userData", 2), finding("Launch template", "an AWS secret access key", "userData", 3)] },
    },
    { name: "a script without credentials", resources: instance({ userData: '#!/bin/bash\nyum install -y nginx\nexport GREETING="Hello there"\nsystemctl start nginx\n' }), expect: "pass" },
    {
        name: "the secret fetched at boot",
        resources: instance({ userData: "#!/bin/bash\nexport DB_PASSWORD=$(aws secretsmanager get-secret-value --secret-id app/db --query SecretString --output text)\n" }),
        expect: "pass",
    },
    { name: "base64 user data without credentials", resources: instance({ userDataBase64: b64("#!/bin/bash\necho hello\n") }), expect: "pass" },
    { name: "no user data", resources: instance({}), expect: "pass" },
    {
        name: "secret user data: scanned, details withheld",
        resources: instance({ userData: secret("#!/bin/bash\nexport DB_PASSWORD=correct-horse-battery\n") }),
        expect: { violations: [{ propertyPath: "userData", messageIncludes: "[secret]" }] },
    },
    { name: "user data unknown during preview", resources: instance({ userData: unknown() }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));

test("no report carries a matched value", async () => {
    const text = JSON.stringify((await checkCase(rule, cases[0])).diagnostics);
    expect(text).not.toContain(AWS_SECRET);
    expect(text).not.toContain(AWS_KEY_ID);
    const withheld = JSON.stringify((await checkCase(rule, cases.find((c) => c.name.startsWith("secret user data"))!)).diagnostics);
    expect(withheld).not.toContain("correct-horse-battery");
});
