import { defineRule, listOf, propertyPath, recordOf } from "../../../src";
import { ALLOW_LIST_SCHEMA, allowListFor, ENVIRONMENT_SCHEMA, environmentOf, reportIfDisallowed } from "../lib/environment";
import type {} from "../../../src/types/aws/autoscaling";
import type {} from "../../../src/types/aws/ec2";
import type {} from "../../../src/types/aws/eks";

/** EKS launches t3.medium nodes when a node group names no instance type and no launch template. */
const EKS_DEFAULT_INSTANCE_TYPE = "t3.medium";

export default defineRule({
    id: "cost-ec2-instance-type-allowed",
    title: "EC2 instance types are on the environment's allow-list",
    description:
        "Instance size is the largest lever on an EC2 bill, and a development stack rarely needs the sizes production does. A per-environment allow-list keeps oversized or exotic (GPU, metal) instances out of environments that do not need them.",
    severity: "medium",
    service: "ec2",
    tags: ["cost"],
    remediation:
        'Pick an instance type the environment allows (e.g. `instanceType: "t3.medium"`), or extend `allowedInstanceTypes` for the environment in the policy configuration.',
    defaultLevel: "advisory",
    configSchema: {
        properties: {
            allowedInstanceTypes: {
                ...ALLOW_LIST_SCHEMA,
                description: 'Per environment (name, glob, or "*"), the allowed instance types as globs, e.g. { "dev": ["t3.*", "t4g.*"], "*": [] }. An empty list allows all.',
            },
            environment: ENVIRONMENT_SCHEMA,
        },
    },
    configDefaults: { allowedInstanceTypes: {}, environment: "" },
    resourceType: [
        "aws:ec2/instance:Instance",
        "aws:ec2/launchTemplate:LaunchTemplate",
        "aws:autoscaling/group:Group",
        "aws:eks/nodeGroup:NodeGroup",
    ],
    validate(props, ctx) {
        const environment = environmentOf(ctx.config.environment, ctx.stackTags, ctx.urn);
        const patterns = allowListFor(ctx.config.allowedInstanceTypes, environment);
        if (!patterns) return;
        const allowed = { patterns, environment };
        const p = recordOf(props);
        switch (ctx.type) {
            case "aws:ec2/instance:Instance":
                reportIfDisallowed(ctx, allowed, "Instance", "instance type", p.instanceType, "instanceType");
                break;
            case "aws:ec2/launchTemplate:LaunchTemplate":
                reportIfDisallowed(ctx, allowed, "Launch template", "instance type", p.instanceType, "instanceType");
                break;
            case "aws:autoscaling/group:Group": {
                // Only the simple case: explicit instance types in a mixed instances policy. Types
                // chosen by instance requirements, or from the launch template, are not judged here.
                const overrides = listOf(recordOf(recordOf(p.mixedInstancesPolicy).launchTemplate).overrides);
                overrides.forEach((override, index) => {
                    const path = propertyPath("mixedInstancesPolicy", "launchTemplate", "overrides", index, "instanceType");
                    reportIfDisallowed(ctx, allowed, "Auto Scaling group", "instance type", recordOf(override).instanceType, path);
                });
                break;
            }
            case "aws:eks/nodeGroup:NodeGroup": {
                const types = p.instanceTypes;
                if (Array.isArray(types) && types.length > 0) {
                    types.forEach((type, index) => reportIfDisallowed(ctx, allowed, "Node group", "instance type", type, propertyPath("instanceTypes", index)));
                } else if (p.launchTemplate === undefined || p.launchTemplate === null) {
                    reportIfDisallowed(ctx, allowed, "Node group", "default instance type", EKS_DEFAULT_INSTANCE_TYPE, "instanceTypes");
                }
                break;
            }
        }
    },
});
