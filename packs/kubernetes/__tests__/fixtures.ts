/**
 * Test fixtures for the kubernetes pack: the same pod spec as a bare Pod, a Deployment's pod
 * template and a CronJob's, so every pod-spec rule is tested on each shape with one table.
 */
import type { ResourceType } from "../../../src";
import type { ResourceUnderTest } from "../../../src/engine";
import { mockResource, type MockResourceOptions, type RuleCase } from "../../../src/testing";

export type Shape = "Pod" | "Deployment" | "CronJob" | "StatefulSet" | "DaemonSet" | "ReplicaSet" | "ReplicationController" | "Job";

const TOKENS: Readonly<Record<Shape, ResourceType>> = {
    Pod: "kubernetes:core/v1:Pod",
    Deployment: "kubernetes:apps/v1:Deployment",
    StatefulSet: "kubernetes:apps/v1:StatefulSet",
    DaemonSet: "kubernetes:apps/v1:DaemonSet",
    ReplicaSet: "kubernetes:apps/v1:ReplicaSet",
    ReplicationController: "kubernetes:core/v1:ReplicationController",
    Job: "kubernetes:batch/v1:Job",
    CronJob: "kubernetes:batch/v1:CronJob",
};

/** Where the pod spec sits in each shape. */
export const PREFIX: Readonly<Record<Shape, string>> = {
    Pod: "spec",
    CronJob: "spec.jobTemplate.spec.template.spec",
    Deployment: "spec.template.spec",
    StatefulSet: "spec.template.spec",
    DaemonSet: "spec.template.spec",
    ReplicaSet: "spec.template.spec",
    ReplicationController: "spec.template.spec",
    Job: "spec.template.spec",
};

/** `spec.template.spec.containers.0.x` style path for `remediated` expectations (dots only). */
export function dotted(shape: Shape, rest: string): string {
    return `${PREFIX[shape]}.${rest}`.replace(/\[(\d+)\]/g, ".$1");
}

export interface WorkloadOptions extends MockResourceOptions {
    /** metadata.namespace (default "apps"; pass null to leave it out). */
    readonly namespace?: string | null;
    /** Metadata of the pod (a Pod's own metadata, or the template's). */
    readonly podMetadata?: Record<string, unknown>;
    readonly metadata?: Record<string, unknown>;
}

/** A Pod or workload carrying `podSpec`. */
export function workload(shape: Shape, podSpec: unknown, options: WorkloadOptions = {}): ResourceUnderTest {
    const name = options.name ?? shape.toLowerCase();
    const metadata: Record<string, unknown> = { name, ...(options.namespace === null ? {} : { namespace: options.namespace ?? "apps" }), ...options.metadata };
    const template = { metadata: { labels: { app: name }, ...options.podMetadata }, spec: podSpec };
    let props: Record<string, unknown>;
    if (shape === "Pod") props = { metadata: { ...metadata, ...options.podMetadata }, spec: podSpec };
    else if (shape === "CronJob") props = { metadata, spec: { schedule: "0 * * * *", jobTemplate: { spec: { template } } } };
    else if (shape === "Job") props = { metadata, spec: { template } };
    else props = { metadata, spec: { selector: { matchLabels: { app: name } }, template } };
    // The pod spec is any value a test feeds in, odd shapes included.
    return mockResource.untyped(TOKENS[shape], props, { ...options, name });
}

export const pod = (podSpec: unknown, options?: WorkloadOptions) => workload("Pod", podSpec, options);
export const deployment = (podSpec: unknown, options?: WorkloadOptions) => workload("Deployment", podSpec, options);
export const cronJob = (podSpec: unknown, options?: WorkloadOptions) => workload("CronJob", podSpec, options);

/** A minimal container. */
export function container(extra: Record<string, unknown> = {}, name = "app"): Record<string, unknown> {
    return { name, image: "registry.example.com/app:1.0.0", ...extra };
}

/** A pod spec with one container carrying `securityContext`. */
export function withContainerContext(securityContext: unknown, podExtra: Record<string, unknown> = {}): Record<string, unknown> {
    return { containers: [container({ securityContext })], ...podExtra };
}

/** A case written once for any shape: the expectation may depend on the pod-spec prefix. */
export interface SpecCase {
    readonly name: string;
    readonly spec: unknown;
    readonly expect: RuleCase["expect"] | ((prefix: string, shape: Shape) => RuleCase["expect"]);
    readonly options?: RuleCase["options"];
    readonly workload?: WorkloadOptions;
}

/** Each case on a bare Pod and on a Deployment's pod template (and on any extra shapes given). */
export function onShapes(cases: readonly SpecCase[], shapes: readonly Shape[] = ["Pod", "Deployment"]): RuleCase[] {
    return shapes.flatMap((shape) =>
        cases.map((c) => ({
            name: `${shape}: ${c.name}`,
            resources: workload(shape, c.spec, c.workload),
            expect: typeof c.expect === "function" ? c.expect(PREFIX[shape], shape) : c.expect,
            options: c.options,
        })),
    );
}
