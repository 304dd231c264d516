import { checkCase, unknown, type RuleCase } from "../../../src/testing";
import { container, onShapes } from "../__tests__/fixtures";
import rule from "./container-secrets-as-files";

const withContainer = (extra: Record<string, unknown>) => ({ containers: [container(extra)] });

export const cases: RuleCase[] = onShapes([
    {
        name: "env from a Secret key",
        spec: withContainer({ env: [{ name: "MODE", value: "fast" }, { name: "DB_PASSWORD", valueFrom: { secretKeyRef: { name: "db", key: "password" } } }] }),
        expect: (p, shape) => ({
            violations: [{
                messageId: "secretKeyRef",
                data: { resource: `${shape} \`${shape.toLowerCase()}\``, container: 'container "app"', secret: 'Secret "db"', variable: "DB_PASSWORD" },
                propertyPath: `${p}.containers[0].env[1].valueFrom.secretKeyRef`,
            }],
        }),
    },
    {
        name: "envFrom a Secret",
        spec: withContainer({ envFrom: [{ configMapRef: { name: "settings" } }, { secretRef: { name: "api-keys" } }] }),
        expect: (p) => ({ violations: [{ messageId: "secretRef", messageIncludes: 'Secret "api-keys"', propertyPath: `${p}.containers[0].envFrom[1].secretRef` }] }),
    },
    {
        name: "both in one init container: two problems",
        spec: { initContainers: [container({ env: [{ name: "TOKEN", valueFrom: { secretKeyRef: { name: "t", key: "k" } } }], envFrom: [{ secretRef: { name: "all" } }] }, "init")], containers: [container()] },
        expect: (p) => ({ violations: [`${p}.initContainers[0].env[0].valueFrom.secretKeyRef`, `${p}.initContainers[0].envFrom[0].secretRef`] }),
    },
    {
        name: "the Secret's name unknown during preview is still a violation",
        spec: withContainer({ env: [{ name: "TOKEN", valueFrom: { secretKeyRef: { name: unknown("string"), key: "k" } } }] }),
        expect: (p) => ({ violations: [{ messageIncludes: "passes a Secret to", propertyPath: `${p}.containers[0].env[0].valueFrom.secretKeyRef` }] }),
    },
    { name: "ConfigMap and field references only", spec: withContainer({ env: [{ name: "NODE", valueFrom: { fieldRef: { fieldPath: "spec.nodeName" } } }, { name: "LEVEL", valueFrom: { configMapKeyRef: { name: "c", key: "level" } } }] }), expect: "pass" },
    { name: "no env at all", spec: withContainer({}), expect: "pass" },
    { name: "env unknown during preview", spec: withContainer({ env: unknown("array") }), expect: "skipped" },
    { name: "valueFrom unknown during preview", spec: withContainer({ env: [{ name: "X", valueFrom: unknown("object") }] }), expect: "skipped" },
], ["Pod", "Deployment", "CronJob"]);

test.each(cases)("$name", (c) => checkCase(rule, c));
