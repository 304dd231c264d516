import { defineRule, type ResourceRuleContext } from "../../../src";
import type {} from "../../../src/types/aws/ec2";
import { decodeUserData, describeKinds, findCredentials } from "../../shared/secret-patterns";

type UserDataType = "aws:ec2/instance:Instance" | "aws:ec2/launchTemplate:LaunchTemplate" | "aws:ec2/launchConfiguration:LaunchConfiguration";

const KIND_NAMES: Readonly<Record<UserDataType, string>> = {
    "aws:ec2/instance:Instance": "Instance",
    "aws:ec2/launchTemplate:LaunchTemplate": "Launch template",
    "aws:ec2/launchConfiguration:LaunchConfiguration": "Launch configuration",
};

/** The user-data fields of a resource, with their values as given. */
function userDataFields(ctx: ResourceRuleContext<Record<never, never>, UserDataType>): Array<{ field: string; value: unknown }> {
    const { resource } = ctx;
    if (resource.type === "aws:ec2/launchTemplate:LaunchTemplate") return [{ field: "userData", value: resource.props.userData }];
    return [
        { field: "userData", value: resource.props.userData },
        { field: "userDataBase64", value: resource.props.userDataBase64 },
    ];
}

export default defineRule({
    id: "ec2-user-data-no-credentials",
    title: "EC2 user data holds no credentials",
    description:
        "User data is not secret: anyone allowed to describe the instance attribute (or launch template, or launch configuration) can read it, and so can every process on the instance through the metadata service. Passwords, tokens and access keys in a start-up script are exposed to all of them. " +
        "Scanned: `userData` and `userDataBase64`, decoded from base64 and gzip (cloud-init's compressed form) when encoded, for recognisable credentials (AWS keys, private keys, tokens, passwords in URLs) and for assignments such as `export DB_PASSWORD=...` of a literal value to a credential-named variable.",
    severity: "high",
    service: "ec2",
    frameworks: {
        "nist-800-53-r5": ["IA-5"],
        "pci-dss-4.0": ["8.6.2"],
    },
    tags: ["credentials"],
    remediation:
        "Keep the credential in Secrets Manager or SSM Parameter Store and fetch it in the script (`aws secretsmanager get-secret-value --secret-id app/db --query SecretString --output text`) with permission granted to the instance profile (`iamInstanceProfile`). " +
        "Never pass AWS access keys: the instance profile's role supplies credentials. Rotate any credential that was deployed.",
    defaultLevel: "advisory",
    messages: {
        credentialInUserData: "{{resource}} `{{name}}` has {{kind}} in its user data (`{{field}}`, line {{line}}{{decoded}}).",
    },
    examples: {
        violating: [
            {
                description: "a database password exported by the start-up script",
                resources: [
                    {
                        type: "aws:ec2/instance:Instance",
                        name: "app",
                        props: {
                            ami: "ami-0abcdef1234567890",
                            instanceType: "t3.micro",
                            userData: "#!/bin/bash\nexport DB_PASSWORD='correct-horse-battery'\n/opt/app/start.sh\n",
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "the password fetched from Secrets Manager at boot",
                resources: [
                    {
                        type: "aws:ec2/instance:Instance",
                        name: "app",
                        props: {
                            ami: "ami-0abcdef1234567890",
                            instanceType: "t3.micro",
                            iamInstanceProfile: "app-instance",
                            userData:
                                "#!/bin/bash\nexport DB_PASSWORD=$(aws secretsmanager get-secret-value --secret-id app/db --query SecretString --output text)\n/opt/app/start.sh\n",
                        },
                    },
                ],
            },
        ],
    },
    resourceType: ["aws:ec2/instance:Instance", "aws:ec2/launchTemplate:LaunchTemplate", "aws:ec2/launchConfiguration:LaunchConfiguration"],
    async validate(_props, ctx) {
        // Everything is read before the first await: reads (and what they note) belong to this run.
        const scans: Array<{ field: string; text: string; decoded: string }> = [];
        for (const { field, value } of userDataFields(ctx)) {
            if (typeof value !== "string" || value.trim() === "") continue;
            // Encoded user data (userDataBase64, a launch template's userData, or base64 passed anyway) is judged decoded.
            const decoded = decodeUserData(value);
            const gzipped = decoded !== undefined && Buffer.from(value.replace(/\s+/g, "").slice(0, 4), "base64")[0] === 0x1f;
            scans.push({ field, text: decoded ?? value, decoded: decoded === undefined ? "" : gzipped ? ", after base64 and gzip decoding" : ", after base64 decoding" });
        }
        for (const scan of scans) {
            for (const finding of await findCredentials(scan.text)) {
                ctx.report({
                    messageId: "credentialInUserData",
                    data: { resource: KIND_NAMES[ctx.resource.type], name: ctx.name, kind: describeKinds([finding.kind]), field: scan.field, line: finding.line, decoded: scan.decoded },
                    propertyPath: scan.field,
                });
            }
        }
    },
});
