/**
 * Kubernetes API versions: which group/version/kind combinations the API server no longer
 * serves (with the release that stopped serving them and what to use instead), and which are
 * alpha or beta versions still served, with their GA version when there is one.
 *
 * Removals follow the Kubernetes Deprecated API Migration Guide
 * (https://kubernetes.io/docs/reference/using-api/deprecation-guide/), plus alpha APIs whose
 * removal the release notes announce (AuditSink 1.19, PodPreset 1.20, batch/v2alpha1 1.21,
 * ClusterCIDR 1.29). Removal is per kind, not per group/version: storage.k8s.io/v1beta1
 * StorageClass went in 1.22, CSIStorageCapacity in 1.27, VolumeAttributesClass is still served.
 * Other alpha versions that may have gone are left to the pre-release rule rather than guessed.
 *
 * The token lists cover every token of src/types/kubernetes (its Patch kinds too; List kinds are
 * not resources of their own, as for every rule of the pack) and
 * were produced from src/types/kubernetes.generated.ts (@pulumi/kubernetes 4.34.2); the compiler
 * rejects a token that does not exist.
 */
import type { ResourceType } from "../../../src";

export const REMOVED_API_TYPES = [
    "kubernetes:admissionregistration.k8s.io/v1beta1:MutatingWebhookConfiguration",
    "kubernetes:admissionregistration.k8s.io/v1beta1:MutatingWebhookConfigurationPatch",
    "kubernetes:admissionregistration.k8s.io/v1beta1:ValidatingWebhookConfiguration",
    "kubernetes:admissionregistration.k8s.io/v1beta1:ValidatingWebhookConfigurationPatch",
    "kubernetes:apiextensions.k8s.io/v1beta1:CustomResourceDefinition",
    "kubernetes:apiextensions.k8s.io/v1beta1:CustomResourceDefinitionPatch",
    "kubernetes:apiregistration.k8s.io/v1beta1:APIService",
    "kubernetes:apiregistration.k8s.io/v1beta1:APIServicePatch",
    "kubernetes:apps/v1beta1:ControllerRevision",
    "kubernetes:apps/v1beta1:ControllerRevisionPatch",
    "kubernetes:apps/v1beta1:Deployment",
    "kubernetes:apps/v1beta1:DeploymentPatch",
    "kubernetes:apps/v1beta1:StatefulSet",
    "kubernetes:apps/v1beta1:StatefulSetPatch",
    "kubernetes:apps/v1beta2:ControllerRevision",
    "kubernetes:apps/v1beta2:ControllerRevisionPatch",
    "kubernetes:apps/v1beta2:DaemonSet",
    "kubernetes:apps/v1beta2:DaemonSetPatch",
    "kubernetes:apps/v1beta2:Deployment",
    "kubernetes:apps/v1beta2:DeploymentPatch",
    "kubernetes:apps/v1beta2:ReplicaSet",
    "kubernetes:apps/v1beta2:ReplicaSetPatch",
    "kubernetes:apps/v1beta2:StatefulSet",
    "kubernetes:apps/v1beta2:StatefulSetPatch",
    "kubernetes:auditregistration.k8s.io/v1alpha1:AuditSink",
    "kubernetes:auditregistration.k8s.io/v1alpha1:AuditSinkPatch",
    "kubernetes:autoscaling/v2beta1:HorizontalPodAutoscaler",
    "kubernetes:autoscaling/v2beta1:HorizontalPodAutoscalerPatch",
    "kubernetes:autoscaling/v2beta2:HorizontalPodAutoscaler",
    "kubernetes:autoscaling/v2beta2:HorizontalPodAutoscalerPatch",
    "kubernetes:batch/v1beta1:CronJob",
    "kubernetes:batch/v1beta1:CronJobPatch",
    "kubernetes:batch/v2alpha1:CronJob",
    "kubernetes:batch/v2alpha1:CronJobPatch",
    "kubernetes:certificates.k8s.io/v1beta1:CertificateSigningRequest",
    "kubernetes:certificates.k8s.io/v1beta1:CertificateSigningRequestPatch",
    "kubernetes:coordination.k8s.io/v1beta1:Lease",
    "kubernetes:coordination.k8s.io/v1beta1:LeasePatch",
    "kubernetes:discovery.k8s.io/v1beta1:EndpointSlice",
    "kubernetes:discovery.k8s.io/v1beta1:EndpointSlicePatch",
    "kubernetes:events.k8s.io/v1beta1:Event",
    "kubernetes:events.k8s.io/v1beta1:EventPatch",
    "kubernetes:extensions/v1beta1:DaemonSet",
    "kubernetes:extensions/v1beta1:DaemonSetPatch",
    "kubernetes:extensions/v1beta1:Deployment",
    "kubernetes:extensions/v1beta1:DeploymentPatch",
    "kubernetes:extensions/v1beta1:Ingress",
    "kubernetes:extensions/v1beta1:IngressPatch",
    "kubernetes:extensions/v1beta1:NetworkPolicy",
    "kubernetes:extensions/v1beta1:NetworkPolicyPatch",
    "kubernetes:extensions/v1beta1:PodSecurityPolicy",
    "kubernetes:extensions/v1beta1:PodSecurityPolicyPatch",
    "kubernetes:extensions/v1beta1:ReplicaSet",
    "kubernetes:extensions/v1beta1:ReplicaSetPatch",
    "kubernetes:flowcontrol.apiserver.k8s.io/v1beta1:FlowSchema",
    "kubernetes:flowcontrol.apiserver.k8s.io/v1beta1:FlowSchemaPatch",
    "kubernetes:flowcontrol.apiserver.k8s.io/v1beta1:PriorityLevelConfiguration",
    "kubernetes:flowcontrol.apiserver.k8s.io/v1beta1:PriorityLevelConfigurationPatch",
    "kubernetes:flowcontrol.apiserver.k8s.io/v1beta2:FlowSchema",
    "kubernetes:flowcontrol.apiserver.k8s.io/v1beta2:FlowSchemaPatch",
    "kubernetes:flowcontrol.apiserver.k8s.io/v1beta2:PriorityLevelConfiguration",
    "kubernetes:flowcontrol.apiserver.k8s.io/v1beta2:PriorityLevelConfigurationPatch",
    "kubernetes:flowcontrol.apiserver.k8s.io/v1beta3:FlowSchema",
    "kubernetes:flowcontrol.apiserver.k8s.io/v1beta3:FlowSchemaPatch",
    "kubernetes:flowcontrol.apiserver.k8s.io/v1beta3:PriorityLevelConfiguration",
    "kubernetes:flowcontrol.apiserver.k8s.io/v1beta3:PriorityLevelConfigurationPatch",
    "kubernetes:networking.k8s.io/v1alpha1:ClusterCIDR",
    "kubernetes:networking.k8s.io/v1alpha1:ClusterCIDRPatch",
    "kubernetes:networking.k8s.io/v1beta1:Ingress",
    "kubernetes:networking.k8s.io/v1beta1:IngressClass",
    "kubernetes:networking.k8s.io/v1beta1:IngressClassPatch",
    "kubernetes:networking.k8s.io/v1beta1:IngressPatch",
    "kubernetes:node.k8s.io/v1beta1:RuntimeClass",
    "kubernetes:node.k8s.io/v1beta1:RuntimeClassPatch",
    "kubernetes:policy/v1beta1:PodDisruptionBudget",
    "kubernetes:policy/v1beta1:PodDisruptionBudgetPatch",
    "kubernetes:policy/v1beta1:PodSecurityPolicy",
    "kubernetes:policy/v1beta1:PodSecurityPolicyPatch",
    "kubernetes:rbac.authorization.k8s.io/v1beta1:ClusterRole",
    "kubernetes:rbac.authorization.k8s.io/v1beta1:ClusterRoleBinding",
    "kubernetes:rbac.authorization.k8s.io/v1beta1:ClusterRoleBindingPatch",
    "kubernetes:rbac.authorization.k8s.io/v1beta1:ClusterRolePatch",
    "kubernetes:rbac.authorization.k8s.io/v1beta1:Role",
    "kubernetes:rbac.authorization.k8s.io/v1beta1:RoleBinding",
    "kubernetes:rbac.authorization.k8s.io/v1beta1:RoleBindingPatch",
    "kubernetes:rbac.authorization.k8s.io/v1beta1:RolePatch",
    "kubernetes:scheduling.k8s.io/v1beta1:PriorityClass",
    "kubernetes:scheduling.k8s.io/v1beta1:PriorityClassPatch",
    "kubernetes:settings.k8s.io/v1alpha1:PodPreset",
    "kubernetes:settings.k8s.io/v1alpha1:PodPresetPatch",
    "kubernetes:storage.k8s.io/v1beta1:CSIDriver",
    "kubernetes:storage.k8s.io/v1beta1:CSIDriverPatch",
    "kubernetes:storage.k8s.io/v1beta1:CSINode",
    "kubernetes:storage.k8s.io/v1beta1:CSINodePatch",
    "kubernetes:storage.k8s.io/v1beta1:CSIStorageCapacity",
    "kubernetes:storage.k8s.io/v1beta1:CSIStorageCapacityPatch",
    "kubernetes:storage.k8s.io/v1beta1:StorageClass",
    "kubernetes:storage.k8s.io/v1beta1:StorageClassPatch",
    "kubernetes:storage.k8s.io/v1beta1:VolumeAttachment",
    "kubernetes:storage.k8s.io/v1beta1:VolumeAttachmentPatch",
] as const satisfies readonly ResourceType[];

export const PRERELEASE_API_TYPES = [
    "kubernetes:admissionregistration.k8s.io/v1alpha1:MutatingAdmissionPolicy",
    "kubernetes:admissionregistration.k8s.io/v1alpha1:MutatingAdmissionPolicyBinding",
    "kubernetes:admissionregistration.k8s.io/v1alpha1:MutatingAdmissionPolicyBindingPatch",
    "kubernetes:admissionregistration.k8s.io/v1alpha1:MutatingAdmissionPolicyPatch",
    "kubernetes:admissionregistration.k8s.io/v1alpha1:ValidatingAdmissionPolicy",
    "kubernetes:admissionregistration.k8s.io/v1alpha1:ValidatingAdmissionPolicyBinding",
    "kubernetes:admissionregistration.k8s.io/v1alpha1:ValidatingAdmissionPolicyBindingPatch",
    "kubernetes:admissionregistration.k8s.io/v1alpha1:ValidatingAdmissionPolicyPatch",
    "kubernetes:admissionregistration.k8s.io/v1beta1:MutatingAdmissionPolicy",
    "kubernetes:admissionregistration.k8s.io/v1beta1:MutatingAdmissionPolicyBinding",
    "kubernetes:admissionregistration.k8s.io/v1beta1:MutatingAdmissionPolicyBindingPatch",
    "kubernetes:admissionregistration.k8s.io/v1beta1:MutatingAdmissionPolicyPatch",
    "kubernetes:admissionregistration.k8s.io/v1beta1:ValidatingAdmissionPolicy",
    "kubernetes:admissionregistration.k8s.io/v1beta1:ValidatingAdmissionPolicyBinding",
    "kubernetes:admissionregistration.k8s.io/v1beta1:ValidatingAdmissionPolicyBindingPatch",
    "kubernetes:admissionregistration.k8s.io/v1beta1:ValidatingAdmissionPolicyPatch",
    "kubernetes:certificates.k8s.io/v1alpha1:ClusterTrustBundle",
    "kubernetes:certificates.k8s.io/v1alpha1:ClusterTrustBundlePatch",
    "kubernetes:certificates.k8s.io/v1beta1:ClusterTrustBundle",
    "kubernetes:certificates.k8s.io/v1beta1:ClusterTrustBundlePatch",
    "kubernetes:certificates.k8s.io/v1beta1:PodCertificateRequest",
    "kubernetes:certificates.k8s.io/v1beta1:PodCertificateRequestPatch",
    "kubernetes:coordination.k8s.io/v1alpha1:LeaseCandidate",
    "kubernetes:coordination.k8s.io/v1alpha1:LeaseCandidatePatch",
    "kubernetes:coordination.k8s.io/v1alpha2:LeaseCandidate",
    "kubernetes:coordination.k8s.io/v1alpha2:LeaseCandidatePatch",
    "kubernetes:coordination.k8s.io/v1beta1:LeaseCandidate",
    "kubernetes:coordination.k8s.io/v1beta1:LeaseCandidatePatch",
    "kubernetes:flowcontrol.apiserver.k8s.io/v1alpha1:FlowSchema",
    "kubernetes:flowcontrol.apiserver.k8s.io/v1alpha1:FlowSchemaPatch",
    "kubernetes:flowcontrol.apiserver.k8s.io/v1alpha1:PriorityLevelConfiguration",
    "kubernetes:flowcontrol.apiserver.k8s.io/v1alpha1:PriorityLevelConfigurationPatch",
    "kubernetes:lifecycle.k8s.io/v1alpha1:Eviction",
    "kubernetes:lifecycle.k8s.io/v1alpha1:EvictionPatch",
    "kubernetes:lifecycle.k8s.io/v1alpha1:EvictionRequest",
    "kubernetes:lifecycle.k8s.io/v1alpha1:EvictionRequestPatch",
    "kubernetes:networking.k8s.io/v1alpha1:IPAddress",
    "kubernetes:networking.k8s.io/v1alpha1:IPAddressPatch",
    "kubernetes:networking.k8s.io/v1alpha1:ServiceCIDR",
    "kubernetes:networking.k8s.io/v1alpha1:ServiceCIDRPatch",
    "kubernetes:networking.k8s.io/v1beta1:IPAddress",
    "kubernetes:networking.k8s.io/v1beta1:IPAddressPatch",
    "kubernetes:networking.k8s.io/v1beta1:ServiceCIDR",
    "kubernetes:networking.k8s.io/v1beta1:ServiceCIDRPatch",
    "kubernetes:node.k8s.io/v1alpha1:RuntimeClass",
    "kubernetes:node.k8s.io/v1alpha1:RuntimeClassPatch",
    "kubernetes:rbac.authorization.k8s.io/v1alpha1:ClusterRole",
    "kubernetes:rbac.authorization.k8s.io/v1alpha1:ClusterRoleBinding",
    "kubernetes:rbac.authorization.k8s.io/v1alpha1:ClusterRoleBindingPatch",
    "kubernetes:rbac.authorization.k8s.io/v1alpha1:ClusterRolePatch",
    "kubernetes:rbac.authorization.k8s.io/v1alpha1:Role",
    "kubernetes:rbac.authorization.k8s.io/v1alpha1:RoleBinding",
    "kubernetes:rbac.authorization.k8s.io/v1alpha1:RoleBindingPatch",
    "kubernetes:rbac.authorization.k8s.io/v1alpha1:RolePatch",
    "kubernetes:resource.k8s.io/v1alpha1:PodScheduling",
    "kubernetes:resource.k8s.io/v1alpha1:PodSchedulingPatch",
    "kubernetes:resource.k8s.io/v1alpha1:ResourceClaim",
    "kubernetes:resource.k8s.io/v1alpha1:ResourceClaimPatch",
    "kubernetes:resource.k8s.io/v1alpha1:ResourceClaimTemplate",
    "kubernetes:resource.k8s.io/v1alpha1:ResourceClaimTemplatePatch",
    "kubernetes:resource.k8s.io/v1alpha1:ResourceClass",
    "kubernetes:resource.k8s.io/v1alpha1:ResourceClassPatch",
    "kubernetes:resource.k8s.io/v1alpha2:PodSchedulingContext",
    "kubernetes:resource.k8s.io/v1alpha2:PodSchedulingContextPatch",
    "kubernetes:resource.k8s.io/v1alpha2:ResourceClaim",
    "kubernetes:resource.k8s.io/v1alpha2:ResourceClaimParameters",
    "kubernetes:resource.k8s.io/v1alpha2:ResourceClaimParametersPatch",
    "kubernetes:resource.k8s.io/v1alpha2:ResourceClaimPatch",
    "kubernetes:resource.k8s.io/v1alpha2:ResourceClaimTemplate",
    "kubernetes:resource.k8s.io/v1alpha2:ResourceClaimTemplatePatch",
    "kubernetes:resource.k8s.io/v1alpha2:ResourceClass",
    "kubernetes:resource.k8s.io/v1alpha2:ResourceClassParameters",
    "kubernetes:resource.k8s.io/v1alpha2:ResourceClassParametersPatch",
    "kubernetes:resource.k8s.io/v1alpha2:ResourceClassPatch",
    "kubernetes:resource.k8s.io/v1alpha2:ResourceSlice",
    "kubernetes:resource.k8s.io/v1alpha2:ResourceSlicePatch",
    "kubernetes:resource.k8s.io/v1alpha3:DeviceClass",
    "kubernetes:resource.k8s.io/v1alpha3:DeviceClassPatch",
    "kubernetes:resource.k8s.io/v1alpha3:DeviceTaintRule",
    "kubernetes:resource.k8s.io/v1alpha3:DeviceTaintRulePatch",
    "kubernetes:resource.k8s.io/v1alpha3:PodSchedulingContext",
    "kubernetes:resource.k8s.io/v1alpha3:PodSchedulingContextPatch",
    "kubernetes:resource.k8s.io/v1alpha3:ResourceClaim",
    "kubernetes:resource.k8s.io/v1alpha3:ResourceClaimPatch",
    "kubernetes:resource.k8s.io/v1alpha3:ResourceClaimTemplate",
    "kubernetes:resource.k8s.io/v1alpha3:ResourceClaimTemplatePatch",
    "kubernetes:resource.k8s.io/v1alpha3:ResourcePoolStatusRequest",
    "kubernetes:resource.k8s.io/v1alpha3:ResourcePoolStatusRequestPatch",
    "kubernetes:resource.k8s.io/v1alpha3:ResourceSlice",
    "kubernetes:resource.k8s.io/v1alpha3:ResourceSlicePatch",
    "kubernetes:resource.k8s.io/v1beta1:DeviceClass",
    "kubernetes:resource.k8s.io/v1beta1:DeviceClassPatch",
    "kubernetes:resource.k8s.io/v1beta1:ResourceClaim",
    "kubernetes:resource.k8s.io/v1beta1:ResourceClaimPatch",
    "kubernetes:resource.k8s.io/v1beta1:ResourceClaimTemplate",
    "kubernetes:resource.k8s.io/v1beta1:ResourceClaimTemplatePatch",
    "kubernetes:resource.k8s.io/v1beta1:ResourceSlice",
    "kubernetes:resource.k8s.io/v1beta1:ResourceSlicePatch",
    "kubernetes:resource.k8s.io/v1beta2:DeviceClass",
    "kubernetes:resource.k8s.io/v1beta2:DeviceClassPatch",
    "kubernetes:resource.k8s.io/v1beta2:DeviceTaintRule",
    "kubernetes:resource.k8s.io/v1beta2:DeviceTaintRulePatch",
    "kubernetes:resource.k8s.io/v1beta2:ResourceClaim",
    "kubernetes:resource.k8s.io/v1beta2:ResourceClaimPatch",
    "kubernetes:resource.k8s.io/v1beta2:ResourceClaimTemplate",
    "kubernetes:resource.k8s.io/v1beta2:ResourceClaimTemplatePatch",
    "kubernetes:resource.k8s.io/v1beta2:ResourceSlice",
    "kubernetes:resource.k8s.io/v1beta2:ResourceSlicePatch",
    "kubernetes:scheduling.k8s.io/v1alpha1:PriorityClass",
    "kubernetes:scheduling.k8s.io/v1alpha1:PriorityClassPatch",
    "kubernetes:scheduling.k8s.io/v1alpha1:Workload",
    "kubernetes:scheduling.k8s.io/v1alpha1:WorkloadPatch",
    "kubernetes:scheduling.k8s.io/v1alpha2:PodGroup",
    "kubernetes:scheduling.k8s.io/v1alpha2:PodGroupPatch",
    "kubernetes:scheduling.k8s.io/v1alpha2:Workload",
    "kubernetes:scheduling.k8s.io/v1alpha2:WorkloadPatch",
    "kubernetes:scheduling.k8s.io/v1alpha3:CompositePodGroup",
    "kubernetes:scheduling.k8s.io/v1alpha3:CompositePodGroupPatch",
    "kubernetes:scheduling.k8s.io/v1alpha3:PodGroup",
    "kubernetes:scheduling.k8s.io/v1alpha3:PodGroupPatch",
    "kubernetes:scheduling.k8s.io/v1alpha3:Workload",
    "kubernetes:scheduling.k8s.io/v1alpha3:WorkloadPatch",
    "kubernetes:scheduling.k8s.io/v1beta1:PodGroup",
    "kubernetes:scheduling.k8s.io/v1beta1:PodGroupPatch",
    "kubernetes:scheduling.k8s.io/v1beta1:Workload",
    "kubernetes:scheduling.k8s.io/v1beta1:WorkloadPatch",
    "kubernetes:storage.k8s.io/v1alpha1:VolumeAttachment",
    "kubernetes:storage.k8s.io/v1alpha1:VolumeAttachmentPatch",
    "kubernetes:storage.k8s.io/v1alpha1:VolumeAttributesClass",
    "kubernetes:storage.k8s.io/v1alpha1:VolumeAttributesClassPatch",
    "kubernetes:storage.k8s.io/v1beta1:VolumeAttributesClass",
    "kubernetes:storage.k8s.io/v1beta1:VolumeAttributesClassPatch",
    "kubernetes:storagemigration.k8s.io/v1alpha1:StorageVersionMigration",
    "kubernetes:storagemigration.k8s.io/v1alpha1:StorageVersionMigrationPatch",
    "kubernetes:storagemigration.k8s.io/v1beta1:StorageVersionMigration",
    "kubernetes:storagemigration.k8s.io/v1beta1:StorageVersionMigrationPatch",
] as const satisfies readonly ResourceType[];

/** "group/version:Kind" → [minor release that stopped serving it, replacement group/version or null when there is none]. */
const REMOVED: Readonly<Record<string, readonly [number, string | null]>> = {
    "extensions/v1beta1:DaemonSet": [16, "apps/v1"],
    "extensions/v1beta1:Deployment": [16, "apps/v1"],
    "extensions/v1beta1:ReplicaSet": [16, "apps/v1"],
    "extensions/v1beta1:NetworkPolicy": [16, "networking.k8s.io/v1"],
    "extensions/v1beta1:PodSecurityPolicy": [16, null],
    "apps/v1beta1:ControllerRevision": [16, "apps/v1"],
    "apps/v1beta1:Deployment": [16, "apps/v1"],
    "apps/v1beta1:StatefulSet": [16, "apps/v1"],
    "apps/v1beta2:ControllerRevision": [16, "apps/v1"],
    "apps/v1beta2:DaemonSet": [16, "apps/v1"],
    "apps/v1beta2:Deployment": [16, "apps/v1"],
    "apps/v1beta2:ReplicaSet": [16, "apps/v1"],
    "apps/v1beta2:StatefulSet": [16, "apps/v1"],
    "auditregistration.k8s.io/v1alpha1:AuditSink": [19, null],
    "settings.k8s.io/v1alpha1:PodPreset": [20, null],
    "batch/v2alpha1:CronJob": [21, "batch/v1"],
    "admissionregistration.k8s.io/v1beta1:MutatingWebhookConfiguration": [22, "admissionregistration.k8s.io/v1"],
    "admissionregistration.k8s.io/v1beta1:ValidatingWebhookConfiguration": [22, "admissionregistration.k8s.io/v1"],
    "apiextensions.k8s.io/v1beta1:CustomResourceDefinition": [22, "apiextensions.k8s.io/v1"],
    "apiregistration.k8s.io/v1beta1:APIService": [22, "apiregistration.k8s.io/v1"],
    "certificates.k8s.io/v1beta1:CertificateSigningRequest": [22, "certificates.k8s.io/v1"],
    "coordination.k8s.io/v1beta1:Lease": [22, "coordination.k8s.io/v1"],
    "extensions/v1beta1:Ingress": [22, "networking.k8s.io/v1"],
    "networking.k8s.io/v1beta1:Ingress": [22, "networking.k8s.io/v1"],
    "networking.k8s.io/v1beta1:IngressClass": [22, "networking.k8s.io/v1"],
    "rbac.authorization.k8s.io/v1beta1:ClusterRole": [22, "rbac.authorization.k8s.io/v1"],
    "rbac.authorization.k8s.io/v1beta1:ClusterRoleBinding": [22, "rbac.authorization.k8s.io/v1"],
    "rbac.authorization.k8s.io/v1beta1:Role": [22, "rbac.authorization.k8s.io/v1"],
    "rbac.authorization.k8s.io/v1beta1:RoleBinding": [22, "rbac.authorization.k8s.io/v1"],
    "scheduling.k8s.io/v1beta1:PriorityClass": [22, "scheduling.k8s.io/v1"],
    "storage.k8s.io/v1beta1:CSIDriver": [22, "storage.k8s.io/v1"],
    "storage.k8s.io/v1beta1:CSINode": [22, "storage.k8s.io/v1"],
    "storage.k8s.io/v1beta1:StorageClass": [22, "storage.k8s.io/v1"],
    "storage.k8s.io/v1beta1:VolumeAttachment": [22, "storage.k8s.io/v1"],
    "batch/v1beta1:CronJob": [25, "batch/v1"],
    "discovery.k8s.io/v1beta1:EndpointSlice": [25, "discovery.k8s.io/v1"],
    "events.k8s.io/v1beta1:Event": [25, "events.k8s.io/v1"],
    "autoscaling/v2beta1:HorizontalPodAutoscaler": [25, "autoscaling/v2"],
    "policy/v1beta1:PodDisruptionBudget": [25, "policy/v1"],
    "policy/v1beta1:PodSecurityPolicy": [25, null],
    "node.k8s.io/v1beta1:RuntimeClass": [25, "node.k8s.io/v1"],
    "flowcontrol.apiserver.k8s.io/v1beta1:FlowSchema": [26, "flowcontrol.apiserver.k8s.io/v1"],
    "flowcontrol.apiserver.k8s.io/v1beta1:PriorityLevelConfiguration": [26, "flowcontrol.apiserver.k8s.io/v1"],
    "autoscaling/v2beta2:HorizontalPodAutoscaler": [26, "autoscaling/v2"],
    "storage.k8s.io/v1beta1:CSIStorageCapacity": [27, "storage.k8s.io/v1"],
    "flowcontrol.apiserver.k8s.io/v1beta2:FlowSchema": [29, "flowcontrol.apiserver.k8s.io/v1"],
    "flowcontrol.apiserver.k8s.io/v1beta2:PriorityLevelConfiguration": [29, "flowcontrol.apiserver.k8s.io/v1"],
    "networking.k8s.io/v1alpha1:ClusterCIDR": [29, null],
    "flowcontrol.apiserver.k8s.io/v1beta3:FlowSchema": [32, "flowcontrol.apiserver.k8s.io/v1"],
    "flowcontrol.apiserver.k8s.io/v1beta3:PriorityLevelConfiguration": [32, "flowcontrol.apiserver.k8s.io/v1"],
};

/** "group/version:Kind" of a served pre-release version → the GA group/version serving the same kind. */
const GA: Readonly<Record<string, string>> = {
    "admissionregistration.k8s.io/v1alpha1:MutatingAdmissionPolicy": "admissionregistration.k8s.io/v1",
    "admissionregistration.k8s.io/v1alpha1:MutatingAdmissionPolicyBinding": "admissionregistration.k8s.io/v1",
    "admissionregistration.k8s.io/v1alpha1:ValidatingAdmissionPolicy": "admissionregistration.k8s.io/v1",
    "admissionregistration.k8s.io/v1alpha1:ValidatingAdmissionPolicyBinding": "admissionregistration.k8s.io/v1",
    "admissionregistration.k8s.io/v1beta1:MutatingAdmissionPolicy": "admissionregistration.k8s.io/v1",
    "admissionregistration.k8s.io/v1beta1:MutatingAdmissionPolicyBinding": "admissionregistration.k8s.io/v1",
    "admissionregistration.k8s.io/v1beta1:ValidatingAdmissionPolicy": "admissionregistration.k8s.io/v1",
    "admissionregistration.k8s.io/v1beta1:ValidatingAdmissionPolicyBinding": "admissionregistration.k8s.io/v1",
    "certificates.k8s.io/v1alpha1:ClusterTrustBundle": "certificates.k8s.io/v1",
    "certificates.k8s.io/v1beta1:ClusterTrustBundle": "certificates.k8s.io/v1",
    "certificates.k8s.io/v1beta1:PodCertificateRequest": "certificates.k8s.io/v1",
    "flowcontrol.apiserver.k8s.io/v1alpha1:FlowSchema": "flowcontrol.apiserver.k8s.io/v1",
    "flowcontrol.apiserver.k8s.io/v1alpha1:PriorityLevelConfiguration": "flowcontrol.apiserver.k8s.io/v1",
    "networking.k8s.io/v1alpha1:IPAddress": "networking.k8s.io/v1",
    "networking.k8s.io/v1alpha1:ServiceCIDR": "networking.k8s.io/v1",
    "networking.k8s.io/v1beta1:IPAddress": "networking.k8s.io/v1",
    "networking.k8s.io/v1beta1:ServiceCIDR": "networking.k8s.io/v1",
    "node.k8s.io/v1alpha1:RuntimeClass": "node.k8s.io/v1",
    "rbac.authorization.k8s.io/v1alpha1:ClusterRole": "rbac.authorization.k8s.io/v1",
    "rbac.authorization.k8s.io/v1alpha1:ClusterRoleBinding": "rbac.authorization.k8s.io/v1",
    "rbac.authorization.k8s.io/v1alpha1:Role": "rbac.authorization.k8s.io/v1",
    "rbac.authorization.k8s.io/v1alpha1:RoleBinding": "rbac.authorization.k8s.io/v1",
    "resource.k8s.io/v1alpha1:ResourceClaim": "resource.k8s.io/v1",
    "resource.k8s.io/v1alpha1:ResourceClaimTemplate": "resource.k8s.io/v1",
    "resource.k8s.io/v1alpha2:ResourceClaim": "resource.k8s.io/v1",
    "resource.k8s.io/v1alpha2:ResourceClaimTemplate": "resource.k8s.io/v1",
    "resource.k8s.io/v1alpha2:ResourceSlice": "resource.k8s.io/v1",
    "resource.k8s.io/v1alpha3:DeviceClass": "resource.k8s.io/v1",
    "resource.k8s.io/v1alpha3:DeviceTaintRule": "resource.k8s.io/v1",
    "resource.k8s.io/v1alpha3:ResourceClaim": "resource.k8s.io/v1",
    "resource.k8s.io/v1alpha3:ResourceClaimTemplate": "resource.k8s.io/v1",
    "resource.k8s.io/v1alpha3:ResourceSlice": "resource.k8s.io/v1",
    "resource.k8s.io/v1beta1:DeviceClass": "resource.k8s.io/v1",
    "resource.k8s.io/v1beta1:ResourceClaim": "resource.k8s.io/v1",
    "resource.k8s.io/v1beta1:ResourceClaimTemplate": "resource.k8s.io/v1",
    "resource.k8s.io/v1beta1:ResourceSlice": "resource.k8s.io/v1",
    "resource.k8s.io/v1beta2:DeviceClass": "resource.k8s.io/v1",
    "resource.k8s.io/v1beta2:DeviceTaintRule": "resource.k8s.io/v1",
    "resource.k8s.io/v1beta2:ResourceClaim": "resource.k8s.io/v1",
    "resource.k8s.io/v1beta2:ResourceClaimTemplate": "resource.k8s.io/v1",
    "resource.k8s.io/v1beta2:ResourceSlice": "resource.k8s.io/v1",
    "scheduling.k8s.io/v1alpha1:PriorityClass": "scheduling.k8s.io/v1",
    "storage.k8s.io/v1alpha1:VolumeAttachment": "storage.k8s.io/v1",
    "storage.k8s.io/v1alpha1:VolumeAttributesClass": "storage.k8s.io/v1",
    "storage.k8s.io/v1beta1:VolumeAttributesClass": "storage.k8s.io/v1",
    "storagemigration.k8s.io/v1alpha1:StorageVersionMigration": "storagemigration.k8s.io/v1",
    "storagemigration.k8s.io/v1beta1:StorageVersionMigration": "storagemigration.k8s.io/v1",
};

/** What a kind without a replacement version should move to. */
const NO_REPLACEMENT: Readonly<Record<string, string>> = {
    PodSecurityPolicy: "Pod Security Admission (pod-security.kubernetes.io/* namespace labels)",
    AuditSink: "a static audit policy on the API server (--audit-policy-file)",
    PodPreset: "a mutating admission webhook or defaults in the workload templates",
    ClusterCIDR: "the node IPAM settings of the cluster (the API was withdrawn)",
};

export interface ApiVersionOf {
    /** "apps/v1beta1", "v1" for the core group. */
    readonly apiVersion: string;
    /** The kind, without the Patch/List suffix of the token. */
    readonly kind: string;
}

/** The API version and kind a type token (or a manifest's apiVersion and kind) stands for. */
export function apiVersionOfToken(type: string): ApiVersionOf | undefined {
    const parts = type.split(":");
    if (parts.length !== 3 || parts[0] !== "kubernetes") return undefined;
    const apiVersion = parts[1].startsWith("core/") ? parts[1].slice(5) : parts[1];
    return { apiVersion, kind: baseKind(parts[2]) };
}

function baseKind(kind: string): string {
    if (kind.endsWith("Patch")) return kind.slice(0, -5);
    if (kind.endsWith("List") && kind !== "List") return kind.slice(0, -4);
    return kind;
}

export interface Removal {
    /** The minor release that stopped serving it (22 for v1.22). */
    readonly removedIn: number;
    /** Where to move: a group/version, or a plain-language alternative when the API has none. */
    readonly useInstead: string;
}

/** The removal of `apiVersion` + `kind`, or undefined when that combination is still served (or not known). */
export function removalOf(apiVersion: string, kind: string): Removal | undefined {
    const entry = REMOVED[`${apiVersion}:${baseKind(kind)}`];
    if (!entry) return undefined;
    return { removedIn: entry[0], useInstead: entry[1] ?? NO_REPLACEMENT[baseKind(kind)] ?? "a supported API" };
}

const PRERELEASE = /^(?:[a-z0-9.-]+\/)?v\d+(alpha|beta)\d+$/;

/** "alpha" or "beta" for a pre-release version string ("batch/v1beta1", "v2alpha1"), else undefined. */
export function prereleaseStage(apiVersion: string): "alpha" | "beta" | undefined {
    const match = PRERELEASE.exec(apiVersion);
    return match ? (match[1] as "alpha" | "beta") : undefined;
}

/** The GA group/version serving the same kind as a pre-release `apiVersion`, when one exists. */
export function gaVersionOf(apiVersion: string, kind: string): string | undefined {
    return GA[`${apiVersion}:${baseKind(kind)}`];
}

/** Shows an apiVersion or kind from a manifest only when it looks like one. */
export function showApiName(value: unknown): string | undefined {
    return typeof value === "string" && /^[A-Za-z0-9][A-Za-z0-9./-]{0,99}$/.test(value) ? value : undefined;
}
