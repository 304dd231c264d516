/**
 * Security settings as Kubernetes applies them: a container's `securityContext` field overrides
 * the pod's `securityContext` field of the same name; a field set on neither is unset.
 */
import { propertyPath, recordOf } from "../../../src";
import { describeContainers, type ContainerRef, type PodSpecRef } from "./pod-spec";

/** Fields that exist on both the pod's and the container's securityContext. */
const POD_LEVEL_FIELDS = new Set(["runAsUser", "runAsGroup", "runAsNonRoot", "seLinuxOptions", "seccompProfile", "appArmorProfile", "windowsOptions"]);

export interface EffectiveSetting {
    /** The value in force for the container (undefined when set nowhere). */
    readonly value: unknown;
    /** Where it comes from. */
    readonly source: "container" | "pod" | "unset";
    /** Property path of the value in force, or of the pod-level field (container-level when the field has none) when unset. */
    readonly path: string;
}

function dig(record: Record<string, unknown>, field: readonly string[]): unknown {
    let value: unknown = record;
    for (const key of field) {
        const next = recordOf(value);
        if (!(key in next)) return undefined;
        value = next[key];
    }
    return value;
}

/** The container's securityContext (an empty record when absent). */
export function containerSecurityContext(c: ContainerRef): Record<string, unknown> {
    return recordOf(c.container.securityContext);
}

/** The pod's securityContext (an empty record when absent). */
export function podSecurityContext(pod: PodSpecRef): Record<string, unknown> {
    return recordOf(pod.spec.securityContext);
}

/**
 * The setting in force for a container: `field` (e.g. `["runAsNonRoot"]`, `["seccompProfile"]`,
 * `["windowsOptions", "hostProcess"]`) from the container's securityContext when set there,
 * else from the pod's. Objects such as `seccompProfile` override as a whole, as in Kubernetes.
 */
export function effectiveSetting(pod: PodSpecRef, c: ContainerRef, field: readonly string[]): EffectiveSetting {
    const fromContainer = dig(containerSecurityContext(c), field);
    if (fromContainer !== undefined && fromContainer !== null) {
        return { value: fromContainer, source: "container", path: propertyPath(c.path, "securityContext", ...field) };
    }
    const podPath = propertyPath(pod.path, "securityContext", ...field);
    if (POD_LEVEL_FIELDS.has(field[0])) {
        const fromPod = dig(podSecurityContext(pod), field);
        if (fromPod !== undefined && fromPod !== null) return { value: fromPod, source: "pod", path: podPath };
        return { value: undefined, source: "unset", path: podPath };
    }
    return { value: undefined, source: "unset", path: propertyPath(c.path, "securityContext", ...field) };
}

/** A container whose setting in force is wrong, with where that setting comes from. */
export interface Offender {
    readonly container: ContainerRef;
    readonly setting: EffectiveSetting;
}

/**
 * Groups offending containers by where the bad setting comes from, for "one violation per
 * problem": each container that sets the value itself is its own problem, and all containers
 * that inherit it from the pod (or from nowhere) share one problem at the pod-level path.
 */
export function groupBySource(offenders: readonly Offender[]): { own: Offender[]; inherited: Offender[]; unset: Offender[] } {
    return {
        own: offenders.filter((o) => o.setting.source === "container"),
        inherited: offenders.filter((o) => o.setting.source === "pod"),
        unset: offenders.filter((o) => o.setting.source === "unset"),
    };
}

/** Makes sure `target[key]` is an object and returns it (creating it when missing). For remediations. */
export function ensureObject(target: Record<string, unknown>, key: string): Record<string, unknown> {
    const current = target[key];
    if (current !== null && typeof current === "object" && !Array.isArray(current)) return current as Record<string, unknown>;
    const created: Record<string, unknown> = {};
    target[key] = created;
    return created;
}

/** What a message builder is told about one problem. */
export interface ProblemSite {
    /** "container "app"", or "the pod's securityContext (used by container "a" and init container "b")". */
    readonly who: string;
    readonly value: unknown;
}

/**
 * Reports offenders one problem at a time: each container that sets the bad value itself, and
 * once for the pod-level value that the remaining containers inherit. Offenders whose setting
 * is unset are not reported here (rules decide what unset means).
 */
export function reportBySource(
    ctx: { report(v: { message: string; propertyPath?: string }): void },
    offenders: readonly Offender[],
    message: (site: ProblemSite) => string,
): void {
    const { own, inherited } = groupBySource(offenders);
    for (const o of own) ctx.report({ message: message({ who: o.container.label, value: o.setting.value }), propertyPath: o.setting.path });
    if (inherited.length > 0) {
        const users = inherited.map((o) => o.container);
        ctx.report({
            message: message({ who: `the pod's securityContext (used by ${describeContainers(users)})`, value: inherited[0].setting.value }),
            propertyPath: inherited[0].setting.path,
        });
    }
}

/** One place that sets a securityContext field explicitly: the pod, or one container. */
export interface Setter {
    /** "the pod's securityContext" or the container's label ("container "app"", "init container "b""). */
    readonly who: string;
    /** The value set there (never undefined or null). */
    readonly value: unknown;
    /** Property path of the field where it is set. */
    readonly path: string;
    /** The container, for container-level setters. */
    readonly container?: ContainerRef;
}

/**
 * Every place that sets `field` explicitly, pod first, then each container (init and ephemeral
 * included) in order. This is how Pod Security Admission judges: each setter on its own, so a bad
 * pod-level value is a problem even when every container overrides it (a container added later
 * inherits it), and a container's own value is judged whatever the pod sets.
 */
export function settersOf(pod: PodSpecRef, containers: readonly ContainerRef[], field: readonly string[]): Setter[] {
    const setters: Setter[] = [];
    if (POD_LEVEL_FIELDS.has(field[0])) {
        const fromPod = dig(podSecurityContext(pod), field);
        if (fromPod !== undefined && fromPod !== null) {
            setters.push({ who: "the pod's securityContext", value: fromPod, path: propertyPath(pod.path, "securityContext", ...field) });
        }
    }
    for (const c of containers) {
        const fromContainer = dig(containerSecurityContext(c), field);
        if (fromContainer !== undefined && fromContainer !== null) {
            setters.push({ who: c.label, value: fromContainer, path: propertyPath(c.path, "securityContext", ...field), container: c });
        }
    }
    return setters;
}

/** Reports each setter (one problem each) at the path of its field. */
export function reportSetters(
    ctx: { report(v: { message: string; propertyPath?: string }): void },
    setters: readonly Setter[],
    message: (site: ProblemSite) => string,
): void {
    for (const s of setters) ctx.report({ message: message({ who: s.who, value: s.value }), propertyPath: s.path });
}

/** Containers that set `field` nowhere in their own securityContext. */
export function containersNotSetting(containers: readonly ContainerRef[], field: readonly string[]): ContainerRef[] {
    return containers.filter((c) => {
        const value = dig(containerSecurityContext(c), field);
        return value === undefined || value === null;
    });
}

/**
 * Reports each container whose `procMount` is set to anything but "Default" (one problem each,
 * at the container's field). Shared by the Baseline and Restricted /proc mount rules.
 */
export function reportProcMounts(
    ctx: { report(v: { message: string; propertyPath?: string }): void },
    containers: readonly ContainerRef[],
    label: string,
    show: (value: unknown) => string,
): void {
    for (const c of containers) {
        const procMount = containerSecurityContext(c).procMount;
        if (procMount === undefined || procMount === null || procMount === "Default") continue;
        ctx.report({ message: `${label} sets procMount ${show(procMount)} for ${c.label}, unmasking /proc.`, propertyPath: propertyPath(c.path, "securityContext", "procMount") });
    }
}
