import { defineRule } from "../../../src";
import type {} from "../../../src/types/aws/ecr";

/** Settings under which a pushed tag cannot be moved to another image. */
const IMMUTABLE = new Set(["IMMUTABLE", "IMMUTABLE_WITH_EXCLUSION"]);
/** Known settings, printed as they are (anything else is not echoed). */
const KNOWN = new Set(["MUTABLE", "MUTABLE_WITH_EXCLUSION", ...IMMUTABLE]);

export default defineRule({
    id: "ecr-repository-immutable-tags",
    title: "ECR repositories use immutable tags",
    description:
        "With mutable tags anyone who can push may silently replace the image behind a tag such as v1.4.2, so what runs in production is no longer what was reviewed and scanned. Immutable tags make every tag point at one image for good.",
    severity: "medium",
    service: "ecr",
    frameworks: {
        "aws-fsbp": ["ECR.2"],
        "nist-800-53-r5": ["CA-9", "CM-2", "CM-8"],
    },
    tags: ["supply-chain"],
    remediation:
        'Set `imageTagMutability: "IMMUTABLE"` and deploy by version tag or digest. If a moving tag such as "latest" must stay, use `imageTagMutability: "IMMUTABLE_WITH_EXCLUSION"` with `imageTagMutabilityExclusionFilters` naming just that tag.',
    defaultLevel: "advisory",
    examples: {
        violating: [
            {
                description: "tags can be moved to another image",
                resources: [{ type: "aws:ecr/repository:Repository", name: "orders-api", props: { name: "orders-api", imageTagMutability: "MUTABLE" } }],
            },
        ],
        compliant: [
            {
                description: "tags are immutable",
                resources: [{ type: "aws:ecr/repository:Repository", name: "orders-api", props: { name: "orders-api", imageTagMutability: "IMMUTABLE" } }],
            },
        ],
    },
    resourceType: "aws:ecr/repository:Repository",
    validate(props, ctx) {
        const setting = props.imageTagMutability;
        if (typeof setting === "string" && IMMUTABLE.has(setting)) return;
        const current = typeof setting === "string" && KNOWN.has(setting)
            ? `is "${setting}"`
            : setting === undefined || setting === null
              ? 'is not set, so it defaults to "MUTABLE"'
              : "is not a known immutable setting";
        ctx.report({
            message: `ECR repository \`${ctx.name}\` allows tags to be overwritten: imageTagMutability ${current}.`,
            propertyPath: "imageTagMutability",
        });
    },
});
