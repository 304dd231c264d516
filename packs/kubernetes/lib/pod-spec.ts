/**
 * Finding the pod spec inside a Pod or a workload, and the containers inside a pod spec, with
 * the property paths that violations point at. Every pod-spec rule goes through these two
 * helpers, so a rule written once covers bare Pods and all seven workload kinds.
 *
 * Reads are lazy: a helper reads only the objects on the way to the pod spec, never a field a
 * rule did not ask for, so an unknown image (common in preview) does not stop a rule that looks
 * at `privileged`.
 */
import { knownOr, propertyPath, recordOf, listOf } from "../../../src";

export const POD = "kubernetes:core/v1:Pod";
export const DEPLOYMENT = "kubernetes:apps/v1:Deployment";
export const STATEFUL_SET = "kubernetes:apps/v1:StatefulSet";
export const DAEMON_SET = "kubernetes:apps/v1:DaemonSet";
export const REPLICA_SET = "kubernetes:apps/v1:ReplicaSet";
export const REPLICATION_CONTROLLER = "kubernetes:core/v1:ReplicationController";
export const JOB = "kubernetes:batch/v1:Job";
export const CRON_JOB = "kubernetes:batch/v1:CronJob";
export const POD_TEMPLATE = "kubernetes:core/v1:PodTemplate";

/**
 * Workload kinds of API versions Kubernetes has removed but @pulumi/kubernetes 4 still ships
 * (a cluster older than the removal accepts them): their pod template sits where the v1 kinds' does.
 */
const OLD_TEMPLATED = [
    "kubernetes:apps/v1beta1:Deployment",
    "kubernetes:apps/v1beta1:StatefulSet",
    "kubernetes:apps/v1beta2:DaemonSet",
    "kubernetes:apps/v1beta2:Deployment",
    "kubernetes:apps/v1beta2:ReplicaSet",
    "kubernetes:apps/v1beta2:StatefulSet",
    "kubernetes:extensions/v1beta1:DaemonSet",
    "kubernetes:extensions/v1beta1:Deployment",
    "kubernetes:extensions/v1beta1:ReplicaSet",
] as const;
const OLD_CRON_JOBS = ["kubernetes:batch/v1beta1:CronJob", "kubernetes:batch/v2alpha1:CronJob"] as const;

/** Workloads whose pod template sits at `spec.template`. */
const TEMPLATED = [DEPLOYMENT, STATEFUL_SET, DAEMON_SET, REPLICA_SET, REPLICATION_CONTROLLER, JOB, ...OLD_TEMPLATED] as const;
/** Workloads whose pod template sits at `spec.jobTemplate.spec.template`. */
const CRON_JOBS = [CRON_JOB, ...OLD_CRON_JOBS] as const;

/** Every complete object that carries a pod spec: Pods, PodTemplates and the workload kinds of every API version. */
export const POD_SPEC_OBJECT_TYPES = [POD, POD_TEMPLATE, ...TEMPLATED, ...CRON_JOBS] as const;

/**
 * The server-side-apply Patch kinds of the same (`DeploymentPatch`, ...). A patch sets only the
 * fields it names, on an object whose other fields this rule cannot see: what it sets is judged,
 * what it leaves out is not a missing setting (see `PodSpecRef.partial`).
 */
export const POD_SPEC_PATCH_TYPES = [
    "kubernetes:core/v1:PodPatch",
    "kubernetes:core/v1:PodTemplatePatch",
    "kubernetes:apps/v1:DeploymentPatch",
    "kubernetes:apps/v1:StatefulSetPatch",
    "kubernetes:apps/v1:DaemonSetPatch",
    "kubernetes:apps/v1:ReplicaSetPatch",
    "kubernetes:core/v1:ReplicationControllerPatch",
    "kubernetes:batch/v1:JobPatch",
    "kubernetes:apps/v1beta1:DeploymentPatch",
    "kubernetes:apps/v1beta1:StatefulSetPatch",
    "kubernetes:apps/v1beta2:DaemonSetPatch",
    "kubernetes:apps/v1beta2:DeploymentPatch",
    "kubernetes:apps/v1beta2:ReplicaSetPatch",
    "kubernetes:apps/v1beta2:StatefulSetPatch",
    "kubernetes:extensions/v1beta1:DaemonSetPatch",
    "kubernetes:extensions/v1beta1:DeploymentPatch",
    "kubernetes:extensions/v1beta1:ReplicaSetPatch",
    "kubernetes:batch/v1:CronJobPatch",
    "kubernetes:batch/v1beta1:CronJobPatch",
    "kubernetes:batch/v2alpha1:CronJobPatch",
] as const;

/** Every type that carries a pod spec: complete objects and their Patch kinds. */
export const POD_SPEC_TYPES = [...POD_SPEC_OBJECT_TYPES, ...POD_SPEC_PATCH_TYPES] as const;

/** Pod-spec objects that run until stopped (batch Jobs, CronJobs and bare PodTemplates excluded; no patches). */
export const LONG_RUNNING_TYPES = [POD, DEPLOYMENT, STATEFUL_SET, DAEMON_SET, REPLICA_SET, REPLICATION_CONTROLLER, ...OLD_TEMPLATED] as const;

export type PodSpecType = (typeof POD_SPEC_TYPES)[number];

/** A pod spec found in a resource, and where it sits. */
export interface PodSpecRef {
    /** The pod spec (an empty record when absent or not an object). */
    readonly spec: Record<string, unknown>;
    /** Property path of the pod spec: `spec`, `spec.template.spec` or `spec.jobTemplate.spec.template.spec`. */
    readonly path: string;
    /** Property path of the pod's metadata (`metadata` for a Pod, `spec.template.metadata` for a workload). */
    readonly metadataPath: string;
    /** The pod's metadata, read only when asked for. */
    metadata(): Record<string, unknown>;
    /**
     * True for a Patch kind: it sets only what it names, so an absent field is "not set by this
     * patch", never a missing setting. Rules that report a missing setting skip it.
     */
    readonly partial: boolean;
}

/** "Pod", "Deployment", "CronJob", ... from a type token. */
export function kindOf(type: string): string {
    return type.split(":").pop() ?? type;
}

/**
 * The pod spec of a Pod or workload and the property path prefix to it, or undefined for a type
 * that carries no pod spec.
 */
export function podSpecOf(type: string, props: unknown): PodSpecRef | undefined {
    const partial = type.endsWith("Patch");
    const objectType = partial ? type.slice(0, -"Patch".length) : type;
    const root = recordOf(props);
    if (objectType === POD) {
        return { spec: recordOf(root.spec), path: "spec", metadataPath: "metadata", metadata: () => recordOf(root.metadata), partial };
    }
    let template: Record<string, unknown>;
    let templatePath: string;
    if (objectType === POD_TEMPLATE) {
        template = recordOf(root.template);
        templatePath = "template";
    } else if ((TEMPLATED as readonly string[]).includes(objectType)) {
        template = recordOf(recordOf(root.spec).template);
        templatePath = "spec.template";
    } else if ((CRON_JOBS as readonly string[]).includes(objectType)) {
        const jobSpec = recordOf(recordOf(recordOf(root.spec).jobTemplate).spec);
        template = recordOf(jobSpec.template);
        templatePath = "spec.jobTemplate.spec.template";
    } else {
        return undefined;
    }
    return {
        spec: recordOf(template.spec),
        path: `${templatePath}.spec`,
        metadataPath: `${templatePath}.metadata`,
        metadata: () => recordOf(template.metadata),
        partial,
    };
}

export type ContainerKind = "containers" | "initContainers" | "ephemeralContainers";
export const ALL_CONTAINER_KINDS: readonly ContainerKind[] = ["initContainers", "containers", "ephemeralContainers"];

/** One container of a pod spec. */
export interface ContainerRef {
    readonly container: Record<string, unknown>;
    readonly kind: ContainerKind;
    readonly index: number;
    /** Property path of the container, e.g. `spec.template.spec.initContainers[0]`. */
    readonly path: string;
    /** How messages name it: `container "web"`, or its list and index when the name is not a plain DNS label. */
    readonly label: string;
}

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
const KIND_WORD: Readonly<Record<ContainerKind, string>> = {
    containers: "container",
    initContainers: "init container",
    ephemeralContainers: "ephemeral container",
};

/**
 * The containers of a pod spec (init, regular and ephemeral by default) with their paths. The
 * lists are read; the containers' fields are not (except the name, read without tripping on an
 * unknown).
 */
export function containersOf(pod: PodSpecRef, kinds: readonly ContainerKind[] = ALL_CONTAINER_KINDS): ContainerRef[] {
    const result: ContainerRef[] = [];
    for (const kind of kinds) {
        listOf(pod.spec[kind]).forEach((entry, index) => {
            const container = recordOf(entry);
            const name = knownOr(() => container.name, undefined);
            const label = typeof name === "string" && DNS_LABEL.test(name) ? `${KIND_WORD[kind]} "${name}"` : `${kind}[${index}]`;
            result.push({ container, kind, index, path: propertyPath(pod.path, kind, index), label });
        });
    }
    return result;
}

/** "containers "a", "b" and init container "c"" style list of container labels. */
export function describeContainers(containers: readonly ContainerRef[]): string {
    const labels = containers.map((c) => c.label);
    return labels.length <= 1 ? labels.join("") : `${labels.slice(0, -1).join(", ")} and ${labels[labels.length - 1]}`;
}

/** "Deployment `web`": how messages name the resource. */
export function resourceLabel(type: string, name: string): string {
    return `${kindOf(type)} \`${name}\``;
}

/** True when the pod declares it runs on Windows (`spec.os.name: windows`). */
export function isWindowsPod(pod: PodSpecRef): boolean {
    return recordOf(pod.spec.os).name === "windows";
}

/** True when the pod runs in its own user namespace (`hostUsers: false`), which makes root in the container unprivileged on the node. */
export function usesUserNamespace(pod: PodSpecRef): boolean {
    return pod.spec.hostUsers === false;
}
