import { requireSetting } from "../../shared/flag-rule";
import type {} from "../../../src/types/aws/sagemaker";

export default requireSetting({
    id: "sagemaker-notebook-root-access-disabled",
    title: "SageMaker notebook users have no root access",
    description:
        "With root access, anyone using the notebook can change its system software, read every other user's files on the instance and tamper with the lifecycle scripts that harden it. SageMaker grants root access unless it is switched off.",
    severity: "medium",
    service: "sagemaker",
    frameworks: {
        "aws-fsbp": ["SageMaker.3"],
        "nist-800-53-r5": ["AC-6"],
    },
    tags: ["least-privilege"],
    remediation: 'Set `rootAccess: "Disabled"`; install the system packages the notebook needs from a lifecycle configuration, which still runs as root.',
    defaultLevel: "advisory",
    examples: {
        violating: [
            {
                description: "a notebook with the default root access",
                resources: [{ type: "aws:sagemaker/notebookInstance:NotebookInstance", name: "research", props: { instanceType: "ml.t3.medium", roleArn: "arn:aws:iam::123456789012:role/sagemaker" } }],
            },
        ],
        compliant: [
            {
                description: "a notebook without root access",
                resources: [
                    {
                        type: "aws:sagemaker/notebookInstance:NotebookInstance",
                        name: "research",
                        props: { instanceType: "ml.t3.medium", roleArn: "arn:aws:iam::123456789012:role/sagemaker", rootAccess: "Disabled" },
                    },
                ],
            },
        ],
    },
    resourceType: "aws:sagemaker/notebookInstance:NotebookInstance",
    path: ["rootAccess"],
    expected: "Disabled",
    message: (ctx, value) =>
        `Notebook instance \`${ctx.name}\` gives its users root access: rootAccess is ${value === undefined || value === null ? 'not set, and defaults to "Enabled"' : `"${String(value)}"`}.`,
});
