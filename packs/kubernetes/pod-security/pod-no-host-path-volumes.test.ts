import { checkCase, unknown, type RuleCase } from "../../../src/testing";
import { container, onShapes } from "../__tests__/fixtures";
import rule from "./pod-no-host-path-volumes";

const vol = (source: Record<string, unknown>, name = "data") => ({ name, ...source });

export const cases: RuleCase[] = onShapes([
    {
        name: "hostPath volume, second entry",
        spec: { containers: [container()], volumes: [vol({ emptyDir: {} }, "tmp"), vol({ hostPath: { path: "/var/run/docker.sock" } })] },
        expect: (p) => ({ violations: [`${p}.volumes[1].hostPath`] }),
    },
    { name: "emptyDir and configMap", spec: { containers: [container()], volumes: [vol({ emptyDir: {} }), vol({ configMap: { name: "cfg" } }, "cfg")] }, expect: "pass" },
    { name: "no volumes", spec: { containers: [container()] }, expect: "pass" },
    { name: "volume list unknown during preview", spec: { containers: [container()], volumes: unknown("array") }, expect: "skipped" },
], ["Pod", "Deployment", "CronJob"]);

test.each(cases)("$name", (c) => checkCase(rule, c));
