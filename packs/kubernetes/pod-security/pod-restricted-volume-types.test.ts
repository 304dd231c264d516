import { checkCase, unknown, type RuleCase } from "../../../src/testing";
import { container, onShapes } from "../__tests__/fixtures";
import rule from "./pod-restricted-volume-types";

const volumes = (list: unknown) => ({ containers: [container()], volumes: list });

export const cases: RuleCase[] = onShapes([
    {
        name: "nfs volume",
        spec: volumes([{ name: "cfg", configMap: { name: "cfg" } }, { name: "share", nfs: { server: "10.0.0.2", path: "/exports" } }]),
        expect: (p) => ({ violations: [{ propertyPath: `${p}.volumes[1].nfs`, messageIncludes: "nfs volume" }] }),
    },
    { name: "gitRepo volume", spec: volumes([{ name: "src", gitRepo: { repository: "https://example.com/r.git" } }]), expect: (p) => ({ violations: [`${p}.volumes[0].gitRepo`] }) },
    {
        name: "allowed types",
        spec: volumes([
            { name: "a", emptyDir: {} },
            { name: "b", secret: { secretName: "s" } },
            { name: "c", persistentVolumeClaim: { claimName: "data" } },
            { name: "d", projected: { sources: [] } },
            { name: "e", csi: { driver: "secrets-store.csi.k8s.io" } },
        ]),
        expect: "pass",
    },
    {
        name: "hostPath too (Restricted overrides the Baseline hostPath check, as PSA does)",
        spec: volumes([{ name: "h", hostPath: { path: "/" } }]),
        expect: (p) => ({ violations: [`${p}.volumes[0].hostPath`] }),
    },
    { name: "image volumes are allowed", spec: volumes([{ name: "models", image: { reference: "ghcr.io/acme/models:1", pullPolicy: "IfNotPresent" } }]), expect: "pass" },
    { name: "volume without a source (defaults to emptyDir)", spec: volumes([{ name: "scratch" }]), expect: "pass" },
    { name: "volume unknown during preview", spec: volumes([unknown("object")]), expect: "skipped" },
], ["Pod", "Deployment", "CronJob"]);

test.each(cases)("$name", (c) => checkCase(rule, c));
