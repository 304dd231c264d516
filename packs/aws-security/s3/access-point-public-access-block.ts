import { defineRule, recordOf } from "../../../src";
import { PUBLIC_ACCESS_FLAGS, type PublicAccessFlag } from "../lib/s3-public-access";
import type {} from "../../../src/types/aws/s3";

/** What each setting stops for requests through an access point (fixed text). */
const EFFECT: Readonly<Record<PublicAccessFlag, string>> = {
    blockPublicAcls: "requests through it can still set public ACLs",
    ignorePublicAcls: "public ACLs still take effect for requests through it",
    blockPublicPolicy: "a public access point policy can still be attached",
    restrictPublicBuckets: "a public access point policy still lets anyone in",
};

/**
 * S3 access points keep all four Block Public Access settings on. For an access point each
 * setting defaults to true when `publicAccessBlockConfiguration` (or the setting) is left out,
 * so only a setting turned off is reported.
 */
export default defineRule({
    id: "s3-access-point-public-access-block",
    title: "S3 access points block public access",
    description:
        "An access point is a second door into a bucket, with its own policy. Turning off one of its Block Public Access settings lets that policy, or ACLs used through it, expose the bucket's data to anyone, whatever the bucket's own block says about requests made through other doors. The settings can only be chosen when the access point is created.",
    severity: "high",
    service: "s3",
    frameworks: {
        "aws-fsbp": ["S3.19"],
        "nist-800-53-r5": ["AC-3", "AC-21", "SC-7"],
    },
    tags: ["exposure", "data"],
    remediation:
        "Leave `publicAccessBlockConfiguration` out of the aws.s3.AccessPoint (all four settings default to true) or set blockPublicAcls, blockPublicPolicy, ignorePublicAcls and restrictPublicBuckets to true. The settings cannot be changed later: the access point is replaced.",
    defaultLevel: "advisory",
    messages: {
        flagOff: "Access point `{{name}}` turns {{flag}} off, so {{effect}}.",
    },
    examples: {
        violating: [
            {
                description: "public policies allowed through the access point",
                resources: [
                    {
                        type: "aws:s3/accessPoint:AccessPoint",
                        name: "reports",
                        props: { bucket: "acme-reports", publicAccessBlockConfiguration: { blockPublicPolicy: false, restrictPublicBuckets: false } },
                    },
                ],
            },
        ],
        compliant: [
            { description: "the defaults (all four on)", resources: [{ type: "aws:s3/accessPoint:AccessPoint", name: "reports", props: { bucket: "acme-reports" } }] },
        ],
    },
    resourceType: "aws:s3/accessPoint:AccessPoint",
    validate(props, ctx) {
        const config = recordOf(props.publicAccessBlockConfiguration);
        for (const flag of PUBLIC_ACCESS_FLAGS) {
            const value = config[flag];
            // Absent (or null) keeps AWS's default, true; anything but true or absence is off.
            if (value === undefined || value === null || value === true) continue;
            ctx.report({
                messageId: "flagOff",
                data: { name: ctx.name, flag, effect: EFFECT[flag] },
                propertyPath: `publicAccessBlockConfiguration.${flag}`,
                fix: `Set publicAccessBlockConfiguration.${flag} to true (or leave it out).`,
            });
        }
    },
});
