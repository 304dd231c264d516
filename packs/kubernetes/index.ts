import { definePack } from "../../src";
import { ruleDocUrl } from "../../src/rule-ids";
import { pssProfile, pssVersionConfig, RESTRICTED_OVERRIDES, type PssProfile, type PssProfileOptions } from "./profiles";
import { kubernetesRules } from "./rules";

/** Kubernetes: Pod Security Standards, workload hygiene, exposure, RBAC and network policy coverage. */
export const kubernetes = definePack({
    name: "kubernetes",
    version: "0.3.0",
    description:
        "Rules for Kubernetes resources (provider v4): Pod Security Standards (Baseline and Restricted) for Pods and every workload kind, workload hygiene, Service and Ingress exposure, RBAC, and stack-wide NetworkPolicy and cluster-admin checks.",
    rules: [...kubernetesRules],
    docsUrl: ruleDocUrl,
});

export { pssProfile, pssVersionConfig, RESTRICTED_OVERRIDES, type PssProfile, type PssProfileOptions };

export default kubernetes;
