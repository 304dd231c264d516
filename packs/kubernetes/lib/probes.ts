/** Shared by the liveness and readiness probe rules. */
import { recordOf } from "../../../src";
import { containersOf, podSpecOf, type ContainerRef } from "./pod-spec";

/** Containers that run for the pod's lifetime: regular containers and sidecars (init containers with restartPolicy Always). */
export function longRunningContainers(type: string, props: unknown): ContainerRef[] {
    const pod = podSpecOf(type, props);
    if (!pod) return [];
    return containersOf(pod, ["initContainers", "containers"]).filter((c) => c.kind === "containers" || c.container.restartPolicy === "Always");
}

/** True when the probe is an object with a handler set. */
export function hasProbe(value: unknown): boolean {
    return value !== undefined && value !== null && Object.keys(recordOf(value)).length > 0;
}
