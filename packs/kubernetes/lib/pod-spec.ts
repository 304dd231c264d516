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

/** Workloads whose pod template sits at `spec.template`. */
const TEMPLATED = [DEPLOYMENT, STATEFUL_SET, DAEMON_SET, REPLICA_SET, REPLICATION_CONTROLLER, JOB] as const;

/** Every type that carries a pod spec: a bare Pod and the seven workload kinds. */
export const POD_SPEC_TYPES = [POD, ...TEMPLATED, CRON_JOB] as const;

/** Pod-spec types that run until stopped (batch Jobs and CronJobs excluded). */
export const LONG_RUNNING_TYPES = [POD, DEPLOYMENT, STATEFUL_SET, DAEMON_SET, REPLICA_SET, REPLICATION_CONTROLLER] as const;

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
    const root = recordOf(props);
    if (type === POD) {
        return { spec: recordOf(root.spec), path: "spec", metadataPath: "metadata", metadata: () => recordOf(root.metadata) };
    }
    let template: Record<string, unknown>;
    let templatePath: string;
    if ((TEMPLATED as readonly string[]).includes(type)) {
        template = recordOf(recordOf(root.spec).template);
        templatePath = "spec.template";
    } else if (type === CRON_JOB) {
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
