import { requireSetting } from "../../shared/flag-rule";

export default requireSetting({
    id: "ecr-repository-scan-on-push",
    title: "ECR repositories scan images on push",
    description:
        "Scanning each image as it is pushed reports known vulnerabilities in its operating system packages before the image reaches a cluster, instead of after an incident.",
    severity: "medium",
    service: "ecr",
    frameworks: {
        "aws-fsbp": ["ECR.1"],
        "nist-800-53-r5": ["RA-5"],
        "pci-dss-4.0": ["6.3.1", "11.3.1"],
    },
    tags: ["vulnerability-management"],
    remediation:
        "Set `imageScanningConfiguration: { scanOnPush: true }`. If the registry already scans every repository (aws.ecr.RegistryScanningConfiguration with enhanced, continuous scanning), that covers this too and the rule can be disabled.",
    defaultLevel: "advisory",
    examples: {
        violating: [
            {
                description: "images are not scanned on push",
                resources: [
                    {
                        type: "aws:ecr/repository:Repository",
                        name: "orders-api",
                        props: { name: "orders-api", imageScanningConfiguration: { scanOnPush: false } },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "images are scanned on push",
                resources: [
                    {
                        type: "aws:ecr/repository:Repository",
                        name: "orders-api",
                        props: { name: "orders-api", imageScanningConfiguration: { scanOnPush: true } },
                    },
                ],
            },
        ],
    },
    resourceType: "aws:ecr/repository:Repository",
    path: ["imageScanningConfiguration", "scanOnPush"],
    expected: true,
    message: (ctx) => `ECR repository \`${ctx.name}\` does not scan images on push.`,
    remediate(props) {
        const config = props.imageScanningConfiguration;
        if (config !== null && typeof config === "object" && !Array.isArray(config)) config.scanOnPush = true;
        else props.imageScanningConfiguration = { scanOnPush: true };
    },
});
