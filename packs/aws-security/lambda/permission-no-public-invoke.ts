import { defineRule, knownOr, peek } from "../../../src";
import type {} from "../../../src/types/aws/lambda";

/** Settings of a Lambda permission that narrow a "*" principal down to known callers. */
const SCOPING_FIELDS = ["sourceArn", "sourceAccount", "principalOrgId"] as const;

/** Actions printed in messages; any other value is not echoed. */
const KNOWN_ACTIONS = new Set(["lambda:InvokeFunction", "lambda:InvokeFunctionUrl", "lambda:InvokeAsync", "lambda:*", "*"]);

function isSetValue(value: unknown): boolean {
    return typeof value === "string" ? value.trim() !== "" : value !== undefined && value !== null;
}

/** True when the field is set, or will be once a not-yet-known value resolves. */
function isSet(read: () => unknown): boolean {
    return isSetValue(knownOr(read, "(unknown until deployed)"));
}

/** True when the field is known to be set; only peeked at, so an unknown value is not noted. */
function isKnownSet(read: () => unknown): boolean {
    const value = peek(read);
    return value.known && isSetValue(value.value);
}

/**
 * True when some scoping field narrows the "*" principal. A field known to be set decides alone,
 * so the fields are peeked at first; an unknown one is read (and noted) only when no known field
 * is set.
 */
function isScoped(props: Readonly<Partial<Record<(typeof SCOPING_FIELDS)[number], unknown>>>): boolean {
    return SCOPING_FIELDS.some((field) => isKnownSet(() => props[field])) || SCOPING_FIELDS.some((field) => isSet(() => props[field]));
}

export default defineRule({
    id: "lambda-permission-no-public-invoke",
    title: "Lambda permissions are not granted to everyone",
    description:
        'A Lambda permission for principal "*" adds a statement to the function\'s resource policy that lets any AWS account, or anyone at all through a public function URL, call the function unless a source ARN, source account or organization narrows it.',
    severity: "high",
    service: "lambda",
    frameworks: {
        "aws-fsbp": ["Lambda.1"],
        "nist-800-53-r5": ["AC-3", "AC-4", "AC-6", "AC-21", "SC-7"],
        "pci-dss-4.0": ["7.2.1"],
    },
    tags: ["exposure", "least-privilege"],
    remediation:
        'Name the caller as the principal (an account ID, or a service such as "s3.amazonaws.com" together with `sourceArn` and `sourceAccount`), or keep "*" only with `principalOrgId` set to your organization.',
    defaultLevel: "mandatory",
    examples: {
        violating: [
            {
                description: "anyone may invoke the function",
                resources: [
                    { type: "aws:lambda/permission:Permission", name: "invoke", props: { function: "thumbnailer", action: "lambda:InvokeFunction", principal: "*" } },
                ],
            },
        ],
        compliant: [
            {
                description: "only S3 notifications from one bucket may invoke it",
                resources: [
                    {
                        type: "aws:lambda/permission:Permission",
                        name: "invoke",
                        props: {
                            function: "thumbnailer",
                            action: "lambda:InvokeFunction",
                            principal: "s3.amazonaws.com",
                            sourceArn: "arn:aws:s3:::acme-uploads",
                            sourceAccount: "111122223333",
                        },
                    },
                ],
            },
        ],
    },
    resourceType: "aws:lambda/permission:Permission",
    validate(props, ctx) {
        if (props.principal !== "*") return;
        if (isScoped(props)) return;
        const action = typeof props.action === "string" && KNOWN_ACTIONS.has(props.action) ? ` ${props.action}` : "";
        ctx.report({
            message: `Lambda permission \`${ctx.name}\` grants${action} to principal "*" with no sourceArn, sourceAccount or principalOrgId to limit who may call.`,
            propertyPath: "principal",
        });
    },
});
