import { checkCase, unknown, type RuleCase } from "../../../src/testing";
import { container, onShapes } from "../__tests__/fixtures";
import rule from "./container-image-tag";

const image = (ref: unknown) => ({ containers: [container({ image: ref })] });

export const cases: RuleCase[] = onShapes([
    { name: "latest tag", spec: image("nginx:latest"), expect: (p) => ({ violations: [{ propertyPath: `${p}.containers[0].image`, messageIncludes: 'tagged "latest"' }] }) },
    { name: "no tag", spec: image("ghcr.io/acme/api"), expect: (p) => ({ violations: [{ propertyPath: `${p}.containers[0].image`, messageIncludes: "without a tag" }] }) },
    { name: "registry port is not a tag", spec: image("registry.local:5000/team/app"), expect: (p) => ({ violations: [`${p}.containers[0].image`] }) },
    {
        name: "latest on an init container",
        spec: { initContainers: [{ name: "init", image: "busybox:latest" }], containers: [container()] },
        expect: (p) => ({ violations: [`${p}.initContainers[0].image`] }),
    },
    { name: "versioned tag", spec: image("nginx:1.27.1"), expect: "pass" },
    { name: "registry port and tag", spec: image("registry.local:5000/team/app:2.0"), expect: "pass" },
    { name: "digest without a tag", spec: image("nginx@sha256:0f2ee3c4d5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2"), expect: "pass" },
    { name: "image unknown during preview", spec: image(unknown()), expect: "skipped" },
], ["Pod", "Deployment", "CronJob"]);

test.each(cases)("$name", (c) => checkCase(rule, c));
