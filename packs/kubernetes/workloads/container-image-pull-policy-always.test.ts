import { checkCase, mockResource, unknown, type RuleCase } from "../../../src/testing";
import { container, onShapes } from "../__tests__/fixtures";
import rule from "./container-image-pull-policy-always";

const withContainer = (extra: Record<string, unknown>) => ({ containers: [container(extra)] });

export const cases: RuleCase[] = [
    ...onShapes([
        {
            name: "IfNotPresent",
            spec: withContainer({ imagePullPolicy: "IfNotPresent" }),
            expect: (p, shape) => ({
                violations: [{
                    messageId: "notAlways",
                    data: { resource: `${shape} \`${shape.toLowerCase()}\``, container: 'container "app"', policy: "IfNotPresent" },
                    propertyPath: `${p}.containers[0].imagePullPolicy`,
                }],
            }),
        },
        { name: "Never", spec: withContainer({ imagePullPolicy: "Never" }), expect: (p) => ({ violations: [{ messageIncludes: '"Never"', propertyPath: `${p}.containers[0].imagePullPolicy` }] }) },
        { name: "Always", spec: withContainer({ imagePullPolicy: "Always" }), expect: "pass" },
        {
            name: "absent policy with a versioned tag defaults to IfNotPresent",
            spec: withContainer({ image: "nginx:1.25" }),
            expect: (p) => ({ violations: [{ messageId: "defaultNotAlways", propertyPath: `${p}.containers[0].imagePullPolicy` }] }),
        },
        { name: "absent policy with a digest-only image defaults to IfNotPresent", spec: withContainer({ image: "nginx@sha256:" + "a".repeat(64) }), expect: (p) => ({ violations: [`${p}.containers[0].imagePullPolicy`] }) },
        { name: "absent policy with :latest defaults to Always", spec: withContainer({ image: "nginx:latest" }), expect: "pass" },
        { name: "absent policy with an untagged image defaults to Always", spec: withContainer({ image: "registry.example.com:5000/team/app" }), expect: "pass" },
        { name: "absent policy with latest and a digest defaults to Always", spec: withContainer({ image: "nginx:latest@sha256:" + "b".repeat(64) }), expect: "pass" },
        {
            name: "init container judged too",
            spec: { initContainers: [container({ imagePullPolicy: "IfNotPresent" }, "migrate")], containers: [container({ imagePullPolicy: "Always" })] },
            expect: (p) => ({ violations: [{ propertyPath: `${p}.initContainers[0].imagePullPolicy`, messageIncludes: 'init container "migrate"' }] }),
        },
        { name: "policy unknown during preview", spec: withContainer({ imagePullPolicy: unknown("string") }), expect: "skipped" },
        { name: "image unknown during preview with no policy", spec: { containers: [{ name: "app", image: unknown("string") }] }, expect: "skipped" },
    ], ["Pod", "Deployment", "CronJob"]),
    {
        name: "a patch that sets no policy is not judged on the default",
        resources: mockResource.untyped("kubernetes:apps/v1:DeploymentPatch", { spec: { template: { spec: { containers: [{ name: "app", image: "nginx:1.25" }] } } } }, { name: "p" }),
        expect: "pass",
    },
    {
        name: "a patch that sets IfNotPresent is judged",
        resources: mockResource.untyped("kubernetes:apps/v1:DeploymentPatch", { spec: { template: { spec: { containers: [{ name: "app", imagePullPolicy: "IfNotPresent" }] } } } }, { name: "p" }),
        expect: { violations: ["spec.template.spec.containers[0].imagePullPolicy"] },
    },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
