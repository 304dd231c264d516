/**
 * Every way to ship a pod spec reaches the pod-spec rules: bare Pods, PodTemplates, the workload
 * kinds of every API version @pulumi/kubernetes 4 ships, and their server-side-apply Patch kinds,
 * whose absent fields are not missing settings.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { checkCase, mockResource, type RuleCase } from "../../../src/testing";
import privileged from "../pod-security/pod-no-privileged-containers";
import resourceLimits from "../workloads/container-resource-limits";
import readOnlyRoot from "../workloads/container-read-only-root-filesystem";
import defaultServiceAccount from "../workloads/pod-no-default-service-account";
import tokenMounted from "../workloads/pod-service-account-token-not-mounted";
import { podSpecOf, POD_SPEC_OBJECT_TYPES, POD_SPEC_PATCH_TYPES, POD_SPEC_TYPES } from "./pod-spec";

/** The type tokens of @pulumi/kubernetes, from the generated type map. */
const KUBERNETES_TYPE_TOKENS = new Set(
    [...fs.readFileSync(path.join(__dirname, "..", "..", "..", "src", "types", "kubernetes.generated.ts"), "utf8").matchAll(/^ {4}"([^"]+)": /gm)].map((m) => m[1]),
);

const container = { name: "web", image: "ghcr.io/acme/web:1.4.2", securityContext: { privileged: true } };
const podSpec = { containers: [container] };

/** Props of `type` carrying `spec` as its pod spec, where that kind keeps it. */
function withPodSpec(type: string, spec: Record<string, unknown>): Record<string, unknown> {
    const kind = type.replace(/Patch$/, "");
    if (kind.endsWith(":Pod")) return { spec };
    if (kind.endsWith(":PodTemplate")) return { template: { spec } };
    if (kind.endsWith(":CronJob")) return { spec: { jobTemplate: { spec: { template: { spec } } } } };
    return { spec: { template: { spec } } };
}

describe("podSpecOf", () => {
    test("every pod-spec type token exists in @pulumi/kubernetes 4", () => {
        expect(POD_SPEC_TYPES.filter((type) => !KUBERNETES_TYPE_TOKENS.has(type))).toEqual([]);
        expect(POD_SPEC_TYPES).toContain("kubernetes:apps/v1:DeploymentPatch");
        expect(POD_SPEC_TYPES).toContain("kubernetes:extensions/v1beta1:Deployment");
        expect(POD_SPEC_TYPES).toContain("kubernetes:batch/v1beta1:CronJob");
        expect(POD_SPEC_TYPES).toContain("kubernetes:core/v1:PodTemplate");
    });

    test.each([...POD_SPEC_TYPES])("%s: the pod spec is found where the kind keeps it", (type) => {
        const ref = podSpecOf(type, withPodSpec(type, podSpec));
        expect(ref?.spec).toEqual(podSpec);
        expect(ref?.partial).toBe(type.endsWith("Patch"));
    });

    test("paths name where the pod spec sits", () => {
        expect(podSpecOf("kubernetes:core/v1:PodTemplate", {})?.path).toBe("template.spec");
        expect(podSpecOf("kubernetes:batch/v1beta1:CronJobPatch", {})?.path).toBe("spec.jobTemplate.spec.template.spec");
        expect(podSpecOf("kubernetes:extensions/v1beta1:Deployment", {})?.path).toBe("spec.template.spec");
        expect(podSpecOf("kubernetes:core/v1:Service", {})).toBeUndefined();
        expect(POD_SPEC_PATCH_TYPES).toHaveLength(POD_SPEC_OBJECT_TYPES.length);
    });
});

const patch = (props: Record<string, unknown>) => mockResource("kubernetes:apps/v1:DeploymentPatch", props, { name: "web" });
const patchOf = (spec: Record<string, unknown>) => patch(withPodSpec("kubernetes:apps/v1:DeploymentPatch", spec));

describe("what a patch sets is judged", () => {
    const cases: Array<[string, RuleCase, Parameters<typeof checkCase>[0]]> = [
        [
            "a DeploymentPatch with a privileged container is reported",
            { name: "privileged patch", resources: patchOf(podSpec), expect: { violations: [{ propertyPath: "spec.template.spec.containers[0].securityContext.privileged" }] } },
            privileged,
        ],
        [
            "an old extensions/v1beta1 Deployment with a privileged container is reported",
            {
                name: "privileged old deployment",
                resources: mockResource("kubernetes:extensions/v1beta1:Deployment", withPodSpec("kubernetes:extensions/v1beta1:Deployment", podSpec), { name: "web" }),
                expect: { violations: [{ propertyPath: "spec.template.spec.containers[0].securityContext.privileged" }] },
            },
            privileged,
        ],
        [
            "a PodTemplate with a privileged container is reported",
            {
                name: "privileged pod template",
                resources: mockResource("kubernetes:core/v1:PodTemplate", withPodSpec("kubernetes:core/v1:PodTemplate", podSpec), { name: "web" }),
                expect: { violations: [{ propertyPath: "template.spec.containers[0].securityContext.privileged" }] },
            },
            privileged,
        ],
        [
            "a patch that sets a writable root filesystem is reported",
            {
                name: "explicit false",
                resources: patchOf({ containers: [{ name: "web", securityContext: { readOnlyRootFilesystem: false } }] }),
                expect: { violations: [{ propertyPath: "spec.template.spec.containers[0].securityContext.readOnlyRootFilesystem" }] },
            },
            readOnlyRoot,
        ],
        [
            "a patch that names the default service account is reported",
            { name: "explicit default", resources: patchOf({ serviceAccountName: "default", containers: [] }), expect: { violations: [{ propertyPath: "spec.template.spec.serviceAccountName" }] } },
            defaultServiceAccount,
        ],
    ];
    test.each(cases)("%s", (_title, c, rule) => checkCase(rule, c));
});

describe("what a patch leaves out is not a missing setting", () => {
    const image = patchOf({ containers: [{ name: "web", image: "ghcr.io/acme/web:1.4.3" }] });
    const cases: Array<[string, Parameters<typeof checkCase>[0]]> = [
        ["no resource limits in an image-only patch", resourceLimits],
        ["no readOnlyRootFilesystem in an image-only patch", readOnlyRoot],
        ["no service account in an image-only patch", defaultServiceAccount],
        ["no automountServiceAccountToken in an image-only patch", tokenMounted],
    ];
    test.each(cases)("%s", (name, rule) => checkCase(rule, { name, resources: image, expect: "pass" }));

    test("the same settings left out of a complete Deployment are reported", () =>
        checkCase(resourceLimits, {
            name: "complete deployment",
            resources: mockResource("kubernetes:apps/v1:Deployment", withPodSpec("kubernetes:apps/v1:Deployment", { containers: [{ name: "web", image: "ghcr.io/acme/web:1.4.3" }] }), { name: "web" }),
            expect: { violations: [{ propertyPath: "spec.template.spec.containers[0].resources.limits" }] },
        }));
});
