import { defineRule, listOf, recordOf } from "../../../src";
import type {} from "../../../src/types/aws/iam";
import type {} from "../../../src/types/aws/ssoadmin";

/** The AWS managed AdministratorAccess policy, in any partition (not its -Amplify and similar variants). */
function isAdministratorAccess(arn: unknown): boolean {
    return typeof arn === "string" && /^arn:aws[a-z-]*:iam::aws:policy\/AdministratorAccess$/.test(arn);
}

/** Where each resource type names managed policies: a single ARN or a list of ARNs. */
interface PolicyReference {
    readonly prop: string;
    readonly kind: string;
}

const SINGLE = {
    "aws:iam/rolePolicyAttachment:RolePolicyAttachment": { prop: "policyArn", kind: "a role" },
    "aws:iam/userPolicyAttachment:UserPolicyAttachment": { prop: "policyArn", kind: "an IAM user" },
    "aws:iam/groupPolicyAttachment:GroupPolicyAttachment": { prop: "policyArn", kind: "an IAM group" },
    "aws:iam/policyAttachment:PolicyAttachment": { prop: "policyArn", kind: "IAM users, groups or roles" },
    "aws:ssoadmin/managedPolicyAttachment:ManagedPolicyAttachment": { prop: "managedPolicyArn", kind: "an IAM Identity Center permission set" },
} satisfies Readonly<Record<string, PolicyReference>>;
const LISTS = {
    "aws:iam/role:Role": { prop: "managedPolicyArns", kind: "the role" },
    "aws:iam/rolePolicyAttachmentsExclusive:RolePolicyAttachmentsExclusive": { prop: "policyArns", kind: "a role" },
    "aws:iam/userPolicyAttachmentsExclusive:UserPolicyAttachmentsExclusive": { prop: "policyArns", kind: "an IAM user" },
    "aws:iam/groupPolicyAttachmentsExclusive:GroupPolicyAttachmentsExclusive": { prop: "policyArns", kind: "an IAM group" },
    "aws:ssoadmin/managedPolicyAttachmentsExclusive:ManagedPolicyAttachmentsExclusive": { prop: "managedPolicyArns", kind: "an IAM Identity Center permission set" },
} satisfies Readonly<Record<string, PolicyReference>>;

/** The tokens a table names (`Object.keys` widens them to string). */
const tokensOf = <K extends string>(table: Readonly<Record<K, PolicyReference>>) => Object.keys(table) as K[];
const lookup = (table: Readonly<Record<string, PolicyReference>>, type: string): PolicyReference | undefined => table[type];

export default defineRule({
    id: "access-iam-no-administrator-access",
    title: "AdministratorAccess is not attached",
    description:
        "The AWS managed AdministratorAccess policy allows every action on every resource: whoever holds it, person or workload, can read any data, change any setting and grant themselves anything else. Each attachment deserves a deliberate, reviewed exception.",
    severity: "high",
    service: "iam",
    tags: ["least-privilege", "human-access"],
    remediation:
        "Attach a policy scoped to the job instead: an AWS job-function policy such as `arn:aws:iam::aws:policy/ReadOnlyAccess` or `PowerUserAccess`, or your own. Keep AdministratorAccess for a break-glass role or permission set and list that resource's Pulumi name in `exemptResources`.",
    defaultLevel: "advisory",
    configSchema: {
        properties: {
            exemptResources: {
                type: "array",
                items: { type: "string" },
                description: "Pulumi names of attachments, roles or permission set attachments allowed to grant AdministratorAccess (e.g. a break-glass role).",
            },
        },
    },
    configDefaults: { exemptResources: [] as string[] },
    examples: {
        violating: [
            {
                resources: [
                    { type: "aws:iam/rolePolicyAttachment:RolePolicyAttachment", name: "developer-admin", props: { role: "developer", policyArn: "arn:aws:iam::aws:policy/AdministratorAccess" } },
                ],
            },
        ],
        compliant: [
            {
                resources: [
                    { type: "aws:iam/rolePolicyAttachment:RolePolicyAttachment", name: "developer-power-user", props: { role: "developer", policyArn: "arn:aws:iam::aws:policy/PowerUserAccess" } },
                ],
            },
        ],
    },
    resourceType: [...tokensOf(SINGLE), ...tokensOf(LISTS)],
    validate(props, ctx) {
        const exempt = listOf(ctx.config.exemptResources);
        if (exempt.includes(ctx.name)) return;
        const record = recordOf(props);
        const single = lookup(SINGLE, ctx.type);
        if (single) {
            if (!isAdministratorAccess(record[single.prop])) return;
            ctx.report({ message: `Policy attachment \`${ctx.name}\` attaches AdministratorAccess to ${single.kind}.`, propertyPath: single.prop });
            return;
        }
        const list = lookup(LISTS, ctx.type);
        if (!list) return;
        const subject = ctx.type === "aws:iam/role:Role" ? `Role \`${ctx.name}\` has AdministratorAccess` : `Policy attachments \`${ctx.name}\` attach AdministratorAccess to ${list.kind}`;
        listOf(record[list.prop]).forEach((arn, index) => {
            if (!isAdministratorAccess(arn)) return;
            ctx.report({ message: `${subject} (${list.prop}[${index}]).`, propertyPath: `${list.prop}[${index}]` });
        });
    },
});
