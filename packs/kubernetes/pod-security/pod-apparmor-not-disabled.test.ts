import { checkCase, unknown, type RuleCase } from "../../../src/testing";
import { container, onShapes, withContainerContext } from "../__tests__/fixtures";
import rule from "./pod-apparmor-not-disabled";

export const cases: RuleCase[] = onShapes([
    {
        name: "container profile Unconfined",
        spec: withContainerContext({ appArmorProfile: { type: "Unconfined" } }),
        expect: (p) => ({ violations: [{ propertyPath: `${p}.containers[0].securityContext.appArmorProfile`, messageIncludes: '"Unconfined"' }] }),
    },
    {
        name: "pod profile Unconfined inherited",
        spec: { securityContext: { appArmorProfile: { type: "Unconfined" } }, containers: [container()] },
        expect: (p) => ({ violations: [`${p}.securityContext.appArmorProfile`] }),
    },
    {
        name: "pod Unconfined is judged even when the only container overrides with RuntimeDefault (as PSA does)",
        spec: { securityContext: { appArmorProfile: { type: "Unconfined" } }, containers: [container({ securityContext: { appArmorProfile: { type: "RuntimeDefault" } } })] },
        expect: (p) => ({ violations: [{ propertyPath: `${p}.securityContext.appArmorProfile`, messageIncludes: "the pod's securityContext" }] }),
    },
    { name: "Localhost profile", spec: withContainerContext({ appArmorProfile: { type: "Localhost", localhostProfile: "k8s-apparmor-example" } }), expect: "pass" },
    { name: "not set", spec: { containers: [container()] }, expect: "pass" },
    {
        name: "unconfined annotation",
        spec: { containers: [container()] },
        workload: { podMetadata: { annotations: { "container.apparmor.security.beta.kubernetes.io/app": "unconfined" } } },
        expect: (p, shape) => ({ violations: [{ propertyPath: shape === "Pod" ? "metadata.annotations" : p.replace(/spec$/, "metadata.annotations"), messageIncludes: '"unconfined"' }] }),
    },
    {
        name: "runtime/default annotation",
        spec: { containers: [container()] },
        workload: { podMetadata: { annotations: { "container.apparmor.security.beta.kubernetes.io/app": "runtime/default" } } },
        expect: "pass",
    },
    { name: "profile type unknown during preview", spec: withContainerContext({ appArmorProfile: { type: unknown() } }), expect: "skipped" },
], ["Pod", "Deployment", "CronJob"]);

test.each(cases)("$name", (c) => checkCase(rule, c));
