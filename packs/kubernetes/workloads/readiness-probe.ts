import { defineRule } from "../../../src";
import { LONG_RUNNING_TYPES, resourceLabel } from "../lib/pod-spec";
import { hasProbe, longRunningContainers } from "../lib/probes";

export default defineRule({
    id: "k8s-container-readiness-probe",
    title: "Containers have a readiness probe",
    description: "Without a readiness probe a pod receives traffic as soon as its process starts, before it can serve, and keeps receiving it while it is overloaded or shutting down.",
    severity: "low",
    service: "kubernetes",
    tags: ["hygiene", "reliability"],
    remediation: 'Add a `readinessProbe` to every long-running container, e.g. `readinessProbe: { httpGet: { path: "/healthz", port: 8080 } }`.',
    defaultLevel: "advisory",
    // Batch Jobs and CronJobs run to completion; probes are for long-running pods.
    resourceType: [...LONG_RUNNING_TYPES],
    validate(props, ctx) {
        for (const c of longRunningContainers(ctx.type, props)) {
            if (!hasProbe(c.container.readinessProbe)) {
                ctx.report({ message: `${resourceLabel(ctx.type, ctx.name)} has no readiness probe for ${c.label}.`, propertyPath: `${c.path}.readinessProbe` });
            }
        }
    },
});
