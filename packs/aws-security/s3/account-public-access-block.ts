import { defineRule } from "../../../src";
import { ACCOUNT_BLOCK_TYPE, FLAG_EFFECT, flagsOff } from "../lib/s3-public-access";
import type {} from "../../../src/types/aws/s3";

/**
 * The account-level S3 Block Public Access setting, where a stack manages it: every
 * aws.s3.AccountPublicAccessBlock in the stack turns on all four flags (each is false when left
 * out). Most stacks do not own the account setting, so a stack without one is not reported
 * unless `requireInStack` says this stack is the one that should manage it.
 */
export default defineRule({
    id: "s3-account-public-access-block",
    title: "Account-level S3 Block Public Access is on",
    description:
        "The account-level Block Public Access settings override every bucket's ACLs and policies, so a bucket made public by mistake, in any stack or by hand, stays private. An account block that leaves a setting off gives that protection up for every bucket in the account.",
    severity: "high",
    service: "s3",
    frameworks: {
        "aws-fsbp": ["S3.1"],
        "nist-800-53-r5": ["AC-3", "AC-21", "SC-7"],
    },
    tags: ["exposure", "data", "account"],
    remediation:
        "Set blockPublicAcls, blockPublicPolicy, ignorePublicAcls and restrictPublicBuckets to true on the aws.s3.AccountPublicAccessBlock (in the stack that manages account-wide settings), and give buckets that must be public a reviewed exception through CloudFront with an origin access control instead.",
    defaultLevel: "advisory",
    configSchema: {
        properties: {
            requireInStack: {
                type: "boolean",
                description: "Report a stack that has no aws.s3.AccountPublicAccessBlock at all. Turn it on only for the stack that manages account-wide settings (a landing zone or account baseline); other stacks do not own the setting.",
            },
        },
    },
    configDefaults: { requireInStack: false },
    messages: {
        flagOff: "Account public access block `{{name}}` leaves {{flag}} off, so for every bucket in the account {{effect}} unless the bucket blocks it itself.",
        missing: "The stack has no aws.s3.AccountPublicAccessBlock, and this stack is configured as the one that manages the account's S3 Block Public Access settings.",
    },
    examples: {
        violating: [
            {
                description: "public bucket policies allowed account-wide",
                resources: [
                    {
                        type: "aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock",
                        name: "account-pab",
                        props: { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: false, restrictPublicBuckets: false },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "all four settings on",
                resources: [
                    {
                        type: "aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock",
                        name: "account-pab",
                        props: { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true },
                    },
                ],
            },
        ],
    },
    stack: true,
    validate(stack, ctx) {
        const blocks = stack.ofType(ACCOUNT_BLOCK_TYPE);
        if (blocks.length === 0) {
            if (ctx.config.requireInStack) ctx.report({ messageId: "missing" });
            return;
        }
        for (const block of blocks) {
            for (const flag of flagsOff([block])) {
                ctx.report({ urn: block.urn, messageId: "flagOff", data: { name: block.name, flag, effect: FLAG_EFFECT[flag] }, propertyPath: flag, fix: `Set ${flag} to true.` });
            }
        }
    },
});
