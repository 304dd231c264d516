import { defineRule, listOf } from "../../../src";
import type {} from "../../../src/types/aws/ecs";
import { awsCredentialKind, describeKinds, findEnvironmentCredentials, type EnvironmentEntry } from "../../shared/secret-patterns";
import { containersToJudge, field, printableName, UNREADABLE_CONTAINERS_MESSAGE } from "../lib/ecs-containers";

/** An environment entry's value as text (ECS takes strings; a number or flag written in the JSON is read as its text). */
function valueText(value: unknown): string {
    if (typeof value === "string") return value;
    if (value === undefined || value === null) return "";
    return typeof value === "object" ? JSON.stringify(value) : String(value);
}

export default defineRule({
    id: "ecs-task-definition-environment-no-credentials",
    title: "Task definitions pass no credentials in container environment variables",
    description:
        "Container environment variables are stored in the task definition in plain text: anyone allowed to describe task definitions, and every tool that copies them (state files, CI logs, `docker inspect` on the host), can read them. " +
        "Reported: the variables AWS's ECS.8 control names (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, ECS_ENGINE_AUTH_DATA) whatever their value, a variable whose name says it holds a credential (DB_PASSWORD, API_KEY, ...) with a literal value, and any value that is a recognisable credential (AWS keys, private keys, tokens, passwords in URLs). " +
        "This is stricter than ECS.8, which names only the three AWS variables.",
    severity: "high",
    service: "ecs",
    frameworks: {
        "aws-fsbp": ["ECS.8"],
        "nist-800-53-r5": ["IA-5"],
        "pci-dss-4.0": ["8.6.2"],
    },
    tags: ["credentials"],
    remediation:
        "Store the value in AWS Secrets Manager or SSM Parameter Store and reference it from the container definition's `secrets` list (`{ name: \"DB_PASSWORD\", valueFrom: secret.arn }`) instead of `environment`; grant the task execution role read access to it. " +
        "Drop AWS access keys altogether: give the task a `taskRoleArn` and let the SDK use the role's temporary credentials. Rotate any credential that was already deployed.",
    defaultLevel: "advisory",
    messages: {
        ...UNREADABLE_CONTAINERS_MESSAGE,
        credentialInEnvironment: "Task definition `{{name}}` puts {{kind}} in plain text into environment variable `{{variable}}` of container `{{container}}`.",
    },
    examples: {
        violating: [
            {
                description: "a database password in a container's environment",
                resources: [
                    {
                        type: "aws:ecs/taskDefinition:TaskDefinition",
                        name: "api",
                        props: {
                            family: "api",
                            containerDefinitions: JSON.stringify([
                                { name: "api", image: "acme/api:1.4.2", essential: true, environment: [{ name: "DB_PASSWORD", value: "correct-horse-battery" }] },
                            ]),
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "the password referenced from Secrets Manager through `secrets`",
                resources: [
                    {
                        type: "aws:ecs/taskDefinition:TaskDefinition",
                        name: "api",
                        props: {
                            family: "api",
                            containerDefinitions: JSON.stringify([
                                {
                                    name: "api",
                                    image: "acme/api:1.4.2",
                                    essential: true,
                                    environment: [{ name: "STAGE", value: "prod" }],
                                    secrets: [{ name: "DB_PASSWORD", valueFrom: "arn:aws:secretsmanager:eu-west-1:111122223333:secret:api/db-password-AbCdEf" }],
                                },
                            ]),
                        },
                    },
                ],
            },
        ],
    },
    resourceType: "aws:ecs/taskDefinition:TaskDefinition",
    async validate(props, ctx) {
        // Everything is read before the first await: reads (and what they note) belong to this run.
        const containers = containersToJudge(props.containerDefinitions, ctx);
        const entries: EnvironmentEntry[] = [];
        const where: Array<{ container: string; variable: string }> = [];
        for (const container of containers) {
            listOf(field(container.definition, "environment")).forEach((item, index) => {
                const nameField = field(item, "name");
                const name = typeof nameField === "string" ? nameField : "";
                entries.push({ name, value: valueText(field(item, "value")) });
                where.push({ container: container.label, variable: printableName(name) ?? `environment[${index}]` });
            });
        }
        const found = new Map((await findEnvironmentCredentials(entries)).map((f) => [f.index, f.kinds]));
        entries.forEach((entry, index) => {
            // ECS.8's names are reported whatever they hold, even a value no detector recognises.
            const kinds = found.get(index) ?? [awsCredentialKind(entry.name)].filter((k): k is string => k !== undefined);
            if (kinds.length === 0) return;
            ctx.report({
                messageId: "credentialInEnvironment",
                data: { name: ctx.name, container: where[index].container, variable: where[index].variable, kind: describeKinds(kinds) },
                propertyPath: "containerDefinitions",
            });
        });
    },
});
