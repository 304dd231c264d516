import { defineRule, known, recordOf } from "../../../src";
import { describeKey, isBlank } from "../lib/tags";
import type {} from "../../../src/types/aws/provider";
import type {} from "../../../src/types/kubernetes/admissionregistration";
import type {} from "../../../src/types/kubernetes/apiextensions";
import type {} from "../../../src/types/kubernetes/apiregistration";
import type {} from "../../../src/types/kubernetes/apps";
import type {} from "../../../src/types/kubernetes/auditregistration";
import type {} from "../../../src/types/kubernetes/autoscaling";
import type {} from "../../../src/types/kubernetes/batch";
import type {} from "../../../src/types/kubernetes/certificates";
import type {} from "../../../src/types/kubernetes/coordination";
import type {} from "../../../src/types/kubernetes/core";
import type {} from "../../../src/types/kubernetes/discovery";
import type {} from "../../../src/types/kubernetes/events";
import type {} from "../../../src/types/kubernetes/extensions";
import type {} from "../../../src/types/kubernetes/flowcontrol";
import type {} from "../../../src/types/kubernetes/lifecycle";
import type {} from "../../../src/types/kubernetes/networking";
import type {} from "../../../src/types/kubernetes/node";
import type {} from "../../../src/types/kubernetes/policy";
import type {} from "../../../src/types/kubernetes/rbac";
import type {} from "../../../src/types/kubernetes/resource";
import type {} from "../../../src/types/kubernetes/scheduling";
import type {} from "../../../src/types/kubernetes/settings";
import type {} from "../../../src/types/kubernetes/storage";
import type {} from "../../../src/types/kubernetes/storagemigration";

/**
 * Every Kubernetes object type that carries `metadata.labels`: all kinds of every API version
 * @pulumi/kubernetes ships, without the `*List` kinds (a list is not an object of its own), the
 * `*Patch` kinds (a patch sets only some fields of an object made elsewhere) and the component
 * resources without object metadata (yaml ConfigFile/ConfigGroup, helm Chart/Release, kustomize
 * Directory, meta Status), whose objects are judged one by one when they register.
 */
const LABELLED_TYPES = [
    "kubernetes:admissionregistration.k8s.io/v1:MutatingAdmissionPolicy",
    "kubernetes:admissionregistration.k8s.io/v1:MutatingAdmissionPolicyBinding",
    "kubernetes:admissionregistration.k8s.io/v1:MutatingWebhookConfiguration",
    "kubernetes:admissionregistration.k8s.io/v1:ValidatingAdmissionPolicy",
    "kubernetes:admissionregistration.k8s.io/v1:ValidatingAdmissionPolicyBinding",
    "kubernetes:admissionregistration.k8s.io/v1:ValidatingWebhookConfiguration",
    "kubernetes:admissionregistration.k8s.io/v1alpha1:MutatingAdmissionPolicy",
    "kubernetes:admissionregistration.k8s.io/v1alpha1:MutatingAdmissionPolicyBinding",
    "kubernetes:admissionregistration.k8s.io/v1alpha1:ValidatingAdmissionPolicy",
    "kubernetes:admissionregistration.k8s.io/v1alpha1:ValidatingAdmissionPolicyBinding",
    "kubernetes:admissionregistration.k8s.io/v1beta1:MutatingAdmissionPolicy",
    "kubernetes:admissionregistration.k8s.io/v1beta1:MutatingAdmissionPolicyBinding",
    "kubernetes:admissionregistration.k8s.io/v1beta1:MutatingWebhookConfiguration",
    "kubernetes:admissionregistration.k8s.io/v1beta1:ValidatingAdmissionPolicy",
    "kubernetes:admissionregistration.k8s.io/v1beta1:ValidatingAdmissionPolicyBinding",
    "kubernetes:admissionregistration.k8s.io/v1beta1:ValidatingWebhookConfiguration",

    "kubernetes:apiextensions.k8s.io/v1:CustomResourceDefinition",
    "kubernetes:apiextensions.k8s.io/v1beta1:CustomResourceDefinition",

    "kubernetes:apiregistration.k8s.io/v1:APIService",
    "kubernetes:apiregistration.k8s.io/v1beta1:APIService",

    "kubernetes:apps/v1:ControllerRevision",
    "kubernetes:apps/v1:DaemonSet",
    "kubernetes:apps/v1:Deployment",
    "kubernetes:apps/v1:ReplicaSet",
    "kubernetes:apps/v1:StatefulSet",
    "kubernetes:apps/v1beta1:ControllerRevision",
    "kubernetes:apps/v1beta1:Deployment",
    "kubernetes:apps/v1beta1:StatefulSet",
    "kubernetes:apps/v1beta2:ControllerRevision",
    "kubernetes:apps/v1beta2:DaemonSet",
    "kubernetes:apps/v1beta2:Deployment",
    "kubernetes:apps/v1beta2:ReplicaSet",
    "kubernetes:apps/v1beta2:StatefulSet",

    "kubernetes:auditregistration.k8s.io/v1alpha1:AuditSink",

    "kubernetes:autoscaling/v1:HorizontalPodAutoscaler",
    "kubernetes:autoscaling/v2:HorizontalPodAutoscaler",
    "kubernetes:autoscaling/v2beta1:HorizontalPodAutoscaler",
    "kubernetes:autoscaling/v2beta2:HorizontalPodAutoscaler",

    "kubernetes:batch/v1:CronJob",
    "kubernetes:batch/v1:Job",
    "kubernetes:batch/v1beta1:CronJob",
    "kubernetes:batch/v2alpha1:CronJob",

    "kubernetes:certificates.k8s.io/v1:CertificateSigningRequest",
    "kubernetes:certificates.k8s.io/v1:ClusterTrustBundle",
    "kubernetes:certificates.k8s.io/v1:PodCertificateRequest",
    "kubernetes:certificates.k8s.io/v1alpha1:ClusterTrustBundle",
    "kubernetes:certificates.k8s.io/v1beta1:CertificateSigningRequest",
    "kubernetes:certificates.k8s.io/v1beta1:ClusterTrustBundle",
    "kubernetes:certificates.k8s.io/v1beta1:PodCertificateRequest",

    "kubernetes:coordination.k8s.io/v1:Lease",
    "kubernetes:coordination.k8s.io/v1alpha1:LeaseCandidate",
    "kubernetes:coordination.k8s.io/v1alpha2:LeaseCandidate",
    "kubernetes:coordination.k8s.io/v1beta1:Lease",
    "kubernetes:coordination.k8s.io/v1beta1:LeaseCandidate",

    "kubernetes:core/v1:Binding",
    "kubernetes:core/v1:ConfigMap",
    "kubernetes:core/v1:Endpoints",
    "kubernetes:core/v1:Event",
    "kubernetes:core/v1:LimitRange",
    "kubernetes:core/v1:Namespace",
    "kubernetes:core/v1:Node",
    "kubernetes:core/v1:PersistentVolume",
    "kubernetes:core/v1:PersistentVolumeClaim",
    "kubernetes:core/v1:Pod",
    "kubernetes:core/v1:PodTemplate",
    "kubernetes:core/v1:ReplicationController",
    "kubernetes:core/v1:ResourceQuota",
    "kubernetes:core/v1:Secret",
    "kubernetes:core/v1:Service",
    "kubernetes:core/v1:ServiceAccount",

    "kubernetes:discovery.k8s.io/v1:EndpointSlice",
    "kubernetes:discovery.k8s.io/v1beta1:EndpointSlice",

    "kubernetes:events.k8s.io/v1:Event",
    "kubernetes:events.k8s.io/v1beta1:Event",

    "kubernetes:extensions/v1beta1:DaemonSet",
    "kubernetes:extensions/v1beta1:Deployment",
    "kubernetes:extensions/v1beta1:Ingress",
    "kubernetes:extensions/v1beta1:NetworkPolicy",
    "kubernetes:extensions/v1beta1:PodSecurityPolicy",
    "kubernetes:extensions/v1beta1:ReplicaSet",

    "kubernetes:flowcontrol.apiserver.k8s.io/v1:FlowSchema",
    "kubernetes:flowcontrol.apiserver.k8s.io/v1:PriorityLevelConfiguration",
    "kubernetes:flowcontrol.apiserver.k8s.io/v1alpha1:FlowSchema",
    "kubernetes:flowcontrol.apiserver.k8s.io/v1alpha1:PriorityLevelConfiguration",
    "kubernetes:flowcontrol.apiserver.k8s.io/v1beta1:FlowSchema",
    "kubernetes:flowcontrol.apiserver.k8s.io/v1beta1:PriorityLevelConfiguration",
    "kubernetes:flowcontrol.apiserver.k8s.io/v1beta2:FlowSchema",
    "kubernetes:flowcontrol.apiserver.k8s.io/v1beta2:PriorityLevelConfiguration",
    "kubernetes:flowcontrol.apiserver.k8s.io/v1beta3:FlowSchema",
    "kubernetes:flowcontrol.apiserver.k8s.io/v1beta3:PriorityLevelConfiguration",

    "kubernetes:lifecycle.k8s.io/v1alpha1:Eviction",
    "kubernetes:lifecycle.k8s.io/v1alpha1:EvictionRequest",

    "kubernetes:networking.k8s.io/v1:IPAddress",
    "kubernetes:networking.k8s.io/v1:Ingress",
    "kubernetes:networking.k8s.io/v1:IngressClass",
    "kubernetes:networking.k8s.io/v1:NetworkPolicy",
    "kubernetes:networking.k8s.io/v1:ServiceCIDR",
    "kubernetes:networking.k8s.io/v1alpha1:ClusterCIDR",
    "kubernetes:networking.k8s.io/v1alpha1:IPAddress",
    "kubernetes:networking.k8s.io/v1alpha1:ServiceCIDR",
    "kubernetes:networking.k8s.io/v1beta1:IPAddress",
    "kubernetes:networking.k8s.io/v1beta1:Ingress",
    "kubernetes:networking.k8s.io/v1beta1:IngressClass",
    "kubernetes:networking.k8s.io/v1beta1:ServiceCIDR",

    "kubernetes:node.k8s.io/v1:RuntimeClass",
    "kubernetes:node.k8s.io/v1alpha1:RuntimeClass",
    "kubernetes:node.k8s.io/v1beta1:RuntimeClass",

    "kubernetes:policy/v1:PodDisruptionBudget",
    "kubernetes:policy/v1beta1:PodDisruptionBudget",
    "kubernetes:policy/v1beta1:PodSecurityPolicy",

    "kubernetes:rbac.authorization.k8s.io/v1:ClusterRole",
    "kubernetes:rbac.authorization.k8s.io/v1:ClusterRoleBinding",
    "kubernetes:rbac.authorization.k8s.io/v1:Role",
    "kubernetes:rbac.authorization.k8s.io/v1:RoleBinding",
    "kubernetes:rbac.authorization.k8s.io/v1alpha1:ClusterRole",
    "kubernetes:rbac.authorization.k8s.io/v1alpha1:ClusterRoleBinding",
    "kubernetes:rbac.authorization.k8s.io/v1alpha1:Role",
    "kubernetes:rbac.authorization.k8s.io/v1alpha1:RoleBinding",
    "kubernetes:rbac.authorization.k8s.io/v1beta1:ClusterRole",
    "kubernetes:rbac.authorization.k8s.io/v1beta1:ClusterRoleBinding",
    "kubernetes:rbac.authorization.k8s.io/v1beta1:Role",
    "kubernetes:rbac.authorization.k8s.io/v1beta1:RoleBinding",

    "kubernetes:resource.k8s.io/v1:DeviceClass",
    "kubernetes:resource.k8s.io/v1:DeviceTaintRule",
    "kubernetes:resource.k8s.io/v1:ResourceClaim",
    "kubernetes:resource.k8s.io/v1:ResourceClaimTemplate",
    "kubernetes:resource.k8s.io/v1:ResourceSlice",
    "kubernetes:resource.k8s.io/v1alpha1:PodScheduling",
    "kubernetes:resource.k8s.io/v1alpha1:ResourceClaim",
    "kubernetes:resource.k8s.io/v1alpha1:ResourceClaimTemplate",
    "kubernetes:resource.k8s.io/v1alpha1:ResourceClass",
    "kubernetes:resource.k8s.io/v1alpha2:PodSchedulingContext",
    "kubernetes:resource.k8s.io/v1alpha2:ResourceClaim",
    "kubernetes:resource.k8s.io/v1alpha2:ResourceClaimParameters",
    "kubernetes:resource.k8s.io/v1alpha2:ResourceClaimTemplate",
    "kubernetes:resource.k8s.io/v1alpha2:ResourceClass",
    "kubernetes:resource.k8s.io/v1alpha2:ResourceClassParameters",
    "kubernetes:resource.k8s.io/v1alpha2:ResourceSlice",
    "kubernetes:resource.k8s.io/v1alpha3:DeviceClass",
    "kubernetes:resource.k8s.io/v1alpha3:DeviceTaintRule",
    "kubernetes:resource.k8s.io/v1alpha3:PodSchedulingContext",
    "kubernetes:resource.k8s.io/v1alpha3:ResourceClaim",
    "kubernetes:resource.k8s.io/v1alpha3:ResourceClaimTemplate",
    "kubernetes:resource.k8s.io/v1alpha3:ResourcePoolStatusRequest",
    "kubernetes:resource.k8s.io/v1alpha3:ResourceSlice",
    "kubernetes:resource.k8s.io/v1beta1:DeviceClass",
    "kubernetes:resource.k8s.io/v1beta1:ResourceClaim",
    "kubernetes:resource.k8s.io/v1beta1:ResourceClaimTemplate",
    "kubernetes:resource.k8s.io/v1beta1:ResourceSlice",
    "kubernetes:resource.k8s.io/v1beta2:DeviceClass",
    "kubernetes:resource.k8s.io/v1beta2:DeviceTaintRule",
    "kubernetes:resource.k8s.io/v1beta2:ResourceClaim",
    "kubernetes:resource.k8s.io/v1beta2:ResourceClaimTemplate",
    "kubernetes:resource.k8s.io/v1beta2:ResourceSlice",

    "kubernetes:scheduling.k8s.io/v1:PriorityClass",
    "kubernetes:scheduling.k8s.io/v1alpha1:PriorityClass",
    "kubernetes:scheduling.k8s.io/v1alpha1:Workload",
    "kubernetes:scheduling.k8s.io/v1alpha2:PodGroup",
    "kubernetes:scheduling.k8s.io/v1alpha2:Workload",
    "kubernetes:scheduling.k8s.io/v1alpha3:CompositePodGroup",
    "kubernetes:scheduling.k8s.io/v1alpha3:PodGroup",
    "kubernetes:scheduling.k8s.io/v1alpha3:Workload",
    "kubernetes:scheduling.k8s.io/v1beta1:PodGroup",
    "kubernetes:scheduling.k8s.io/v1beta1:PriorityClass",
    "kubernetes:scheduling.k8s.io/v1beta1:Workload",

    "kubernetes:settings.k8s.io/v1alpha1:PodPreset",

    "kubernetes:storage.k8s.io/v1:CSIDriver",
    "kubernetes:storage.k8s.io/v1:CSINode",
    "kubernetes:storage.k8s.io/v1:CSIStorageCapacity",
    "kubernetes:storage.k8s.io/v1:StorageClass",
    "kubernetes:storage.k8s.io/v1:VolumeAttachment",
    "kubernetes:storage.k8s.io/v1:VolumeAttributesClass",
    "kubernetes:storage.k8s.io/v1alpha1:VolumeAttachment",
    "kubernetes:storage.k8s.io/v1alpha1:VolumeAttributesClass",
    "kubernetes:storage.k8s.io/v1beta1:CSIDriver",
    "kubernetes:storage.k8s.io/v1beta1:CSINode",
    "kubernetes:storage.k8s.io/v1beta1:CSIStorageCapacity",
    "kubernetes:storage.k8s.io/v1beta1:StorageClass",
    "kubernetes:storage.k8s.io/v1beta1:VolumeAttachment",
    "kubernetes:storage.k8s.io/v1beta1:VolumeAttributesClass",

    "kubernetes:storagemigration.k8s.io/v1:StorageVersionMigration",
    "kubernetes:storagemigration.k8s.io/v1alpha1:StorageVersionMigration",
    "kubernetes:storagemigration.k8s.io/v1beta1:StorageVersionMigration",
] as const;

/** Workloads whose pod template sits at `spec.template` (every API version). */
const TEMPLATED: ReadonlySet<string> = new Set([
    "kubernetes:apps/v1:DaemonSet",
    "kubernetes:apps/v1:Deployment",
    "kubernetes:apps/v1:ReplicaSet",
    "kubernetes:apps/v1:StatefulSet",
    "kubernetes:apps/v1beta1:Deployment",
    "kubernetes:apps/v1beta1:StatefulSet",
    "kubernetes:apps/v1beta2:DaemonSet",
    "kubernetes:apps/v1beta2:Deployment",
    "kubernetes:apps/v1beta2:ReplicaSet",
    "kubernetes:apps/v1beta2:StatefulSet",
    "kubernetes:batch/v1:Job",
    "kubernetes:core/v1:ReplicationController",
    "kubernetes:extensions/v1beta1:DaemonSet",
    "kubernetes:extensions/v1beta1:Deployment",
    "kubernetes:extensions/v1beta1:ReplicaSet",
]);
/** CronJobs: the pod template sits at `spec.jobTemplate.spec.template`. */
const CRON_JOBS: ReadonlySet<string> = new Set(["kubernetes:batch/v1:CronJob", "kubernetes:batch/v1beta1:CronJob", "kubernetes:batch/v2alpha1:CronJob"]);
const POD_TEMPLATE = "kubernetes:core/v1:PodTemplate";

/** The pod template's metadata of a workload (or PodTemplate), and where it sits; undefined for other kinds. */
function podTemplateOf(type: string, props: Record<string, unknown>): { path: string; metadata: Record<string, unknown> } | undefined {
    if (type === POD_TEMPLATE) return { path: "template.metadata.labels", metadata: recordOf(recordOf(props.template).metadata) };
    if (CRON_JOBS.has(type)) {
        const template = recordOf(recordOf(recordOf(recordOf(props.spec).jobTemplate).spec).template);
        return { path: "spec.jobTemplate.spec.template.metadata.labels", metadata: recordOf(template.metadata) };
    }
    if (TEMPLATED.has(type)) return { path: "spec.template.metadata.labels", metadata: recordOf(recordOf(recordOf(props.spec).template).metadata) };
    return undefined;
}

export default defineRule({
    id: "tagging-k8s-required-labels",
    title: "Kubernetes objects and their pods carry the required labels",
    description:
        "Labels are how cost tools (Kubecost, OpenCost, split cost allocation in AWS) and on-call engineers attribute a workload to an application and a team. Every object that carries labels is judged (Services, ConfigMaps, Secrets, Ingresses, Namespaces, ServiceAccounts, PersistentVolumeClaims, RBAC objects, ... as well as workloads), since each is something someone owns and pays for. Pods only inherit what the pod template sets, so a workload's template needs them too.",
    severity: "low",
    service: "kubernetes",
    tags: ["tagging", "cost-allocation"],
    remediation:
        'Set the labels on the object\'s `metadata.labels` and, for a workload, on its pod template (`spec.template.metadata.labels`), e.g. `{ "app.kubernetes.io/name": "api", "app.kubernetes.io/part-of": "shop", team: "payments" }`.',
    defaultLevel: "advisory",
    configSchema: {
        properties: {
            requiredLabels: { type: "array", items: { type: "string" }, description: "Label keys every workload and pod template must carry." },
            teamLabel: { type: "string", description: 'The label key naming the owning team (required too); "" to not require one.' },
            checkPodTemplates: { type: "boolean", description: "Also require the labels on pod templates (spec.template.metadata.labels)." },
        },
    },
    configDefaults: {
        requiredLabels: ["app.kubernetes.io/name", "app.kubernetes.io/part-of"],
        teamLabel: "team",
        checkPodTemplates: true,
    },
    examples: {
        violating: [
            {
                description: "labels on the Deployment but not on its pods",
                resources: [{
                    type: "kubernetes:apps/v1:Deployment",
                    name: "api",
                    props: {
                        metadata: { labels: { "app.kubernetes.io/name": "api", "app.kubernetes.io/part-of": "shop", team: "payments" } },
                        spec: { selector: { matchLabels: { app: "api" } }, template: { metadata: { labels: { app: "api" } }, spec: { containers: [{ name: "api", image: "api:1.0" }] } } },
                    },
                }],
            },
        ],
        compliant: [
            {
                description: "labels on the Deployment and its pod template",
                resources: [{
                    type: "kubernetes:apps/v1:Deployment",
                    name: "api",
                    props: {
                        metadata: { labels: { "app.kubernetes.io/name": "api", "app.kubernetes.io/part-of": "shop", team: "payments" } },
                        spec: {
                            selector: { matchLabels: { app: "api" } },
                            template: {
                                metadata: { labels: { app: "api", "app.kubernetes.io/name": "api", "app.kubernetes.io/part-of": "shop", team: "payments" } },
                                spec: { containers: [{ name: "api", image: "api:1.0" }] },
                            },
                        },
                    },
                }],
            },
        ],
    },
    resourceType: [...LABELLED_TYPES],
    validate(props, ctx) {
        const required = [...ctx.config.requiredLabels, ctx.config.teamLabel].filter((k): k is string => typeof k === "string" && k !== "");
        const kind = ctx.type.split(":").pop() ?? "Workload";
        const check = (labelsValue: unknown, path: string, where: string) => {
            const labels = recordOf(labelsValue);
            for (const key of new Set(required)) {
                const present = Object.prototype.hasOwnProperty.call(labels, key);
                const value = present ? known(() => labels[key]) : undefined;
                if (value && !value.known) continue;
                if (!present || isBlank(value?.value)) {
                    ctx.report({
                        message: `${kind} \`${ctx.name}\`${where} ${present ? "has an empty value for" : "lacks"} the label ${describeKey(key)}.`,
                        propertyPath: `${path}.${key}`,
                    });
                }
            }
        };
        check(recordOf(props.metadata).labels, "metadata.labels", "");
        if (ctx.config.checkPodTemplates) {
            const template = podTemplateOf(ctx.type, props);
            if (template) check(template.metadata.labels, template.path, "'s pod template");
        }
    },
});
