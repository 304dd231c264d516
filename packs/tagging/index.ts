import { definePack } from "../../src";
import { ruleDocUrl } from "../../src/rule-ids";
import autoscalingGroupTags from "./aws/autoscaling-group-tags";
import requiredTags from "./aws/required-tags";
import tagKeyCasing from "./aws/tag-key-casing";
import k8sRequiredLabels from "./kubernetes/required-labels";
import azureRequiredTags from "./azure/required-tags";
import gcpRequiredLabels from "./gcp/required-labels";

/** Tagging: required tags and labels for ownership and cost allocation. */
export const tagging = definePack({
    name: "tagging",
    version: "0.3.0",
    description:
        "Tagging rules for cost allocation and ownership: required AWS tags (provider default tags count), tag key casing, Auto Scaling group tag propagation, required Azure tags, required Google Cloud labels (provider default labels count) and Kubernetes workload labels.",
    rules: [requiredTags, tagKeyCasing, autoscalingGroupTags, azureRequiredTags, gcpRequiredLabels, k8sRequiredLabels],
    docsUrl: ruleDocUrl,
});

export default tagging;
