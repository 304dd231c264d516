import { checkCase, unknown, type RuleCase } from "../../../src/testing";
import { container, onShapes, withContainerContext } from "../__tests__/fixtures";
import rule from "./container-read-only-root-filesystem";

export const cases: RuleCase[] = onShapes([
    { name: "not set", spec: { containers: [container()] }, expect: (p) => ({ violations: [`${p}.containers[0].securityContext.readOnlyRootFilesystem`] }) },
    {
        name: "false on an init container",
        spec: { initContainers: [container({ securityContext: { readOnlyRootFilesystem: false } }, "init")], containers: [container({ securityContext: { readOnlyRootFilesystem: true } })] },
        expect: (p) => ({ violations: [`${p}.initContainers[0].securityContext.readOnlyRootFilesystem`] }),
    },
    { name: "read-only", spec: withContainerContext({ readOnlyRootFilesystem: true }), expect: "pass" },
    { name: "unknown during preview", spec: withContainerContext({ readOnlyRootFilesystem: unknown("boolean") }), expect: "skipped" },
], ["Pod", "Deployment", "CronJob"]);

test.each(cases)("$name", (c) => checkCase(rule, c));
