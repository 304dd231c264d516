import { defineRule, listOf } from "../../../src";
import type {} from "../../../src/types/aws/eks";

/** The control-plane log types EKS can send to CloudWatch Logs. */
const LOG_TYPES = ["api", "audit", "authenticator", "controllerManager", "scheduler"] as const;

/** The configured required types, keeping only real log type names (so messages never echo config text). */
function requiredTypes(configured: unknown): string[] {
    const wanted = listOf(configured).filter((t): t is string => typeof t === "string");
    return LOG_TYPES.filter((t) => wanted.includes(t));
}

export default defineRule({
    id: "eks-cluster-control-plane-logging",
    title: "EKS clusters send control-plane logs to CloudWatch",
    description:
        "EKS records nothing from the Kubernetes control plane unless log types are enabled. The api, audit and authenticator logs show who did what to the cluster and which IAM identity they came in as; without them an intrusion or a misused role leaves no trace.",
    severity: "medium",
    service: "eks",
    frameworks: { "aws-fsbp": ["EKS.8"] },
    tags: ["logging"],
    remediation:
        'Set `enabledClusterLogTypes: ["api", "audit", "authenticator"]` (add "controllerManager" and "scheduler" for troubleshooting), and give the /aws/eks/<cluster>/cluster log group a retention period.',
    defaultLevel: "advisory",
    configSchema: {
        properties: {
            requiredLogTypes: {
                type: "array",
                items: { type: "string", enum: [...LOG_TYPES] },
                description: "Control-plane log types every cluster must enable.",
            },
        },
    },
    configDefaults: { requiredLogTypes: ["api", "audit", "authenticator"] },
    examples: {
        violating: [
            {
                description: "no control-plane logs",
                resources: [
                    {
                        type: "aws:eks/cluster:Cluster",
                        name: "main",
                        props: {
                            roleArn: "arn:aws:iam::111122223333:role/eks-cluster",
                            vpcConfig: { subnetIds: ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"], endpointPrivateAccess: true, endpointPublicAccess: false },
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "api, audit and authenticator logs",
                resources: [
                    {
                        type: "aws:eks/cluster:Cluster",
                        name: "main",
                        props: {
                            roleArn: "arn:aws:iam::111122223333:role/eks-cluster",
                            vpcConfig: { subnetIds: ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"], endpointPrivateAccess: true, endpointPublicAccess: false },
                            enabledClusterLogTypes: ["api", "audit", "authenticator"],
                        },
                    },
                ],
            },
        ],
    },
    resourceType: "aws:eks/cluster:Cluster",
    validate(props, ctx) {
        const enabled = listOf(props.enabledClusterLogTypes);
        const missing = requiredTypes(ctx.config.requiredLogTypes).filter((t) => !enabled.includes(t));
        if (missing.length === 0) return;
        ctx.report({
            message: `EKS cluster \`${ctx.name}\` does not enable the control-plane log type${missing.length > 1 ? "s" : ""} ${missing.map((t) => `"${t}"`).join(", ")}.`,
            propertyPath: "enabledClusterLogTypes",
        });
    },
    remediate(props, ctx) {
        const current: unknown = props.enabledClusterLogTypes;
        const missing = requiredTypes(ctx.config.requiredLogTypes).filter((t) => !listOf(current).includes(t));
        // Append in place, so entries already there (whatever they hold) are neither copied nor read.
        if (Array.isArray(current)) current.push(...missing);
        else props.enabledClusterLogTypes = missing;
    },
});
