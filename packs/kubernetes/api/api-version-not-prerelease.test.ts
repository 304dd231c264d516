import { checkCase, mockResource, unknown, type RuleCase } from "../../../src/testing";
import rule from "./api-version-not-prerelease";

const group = (objs: unknown) => mockResource.untyped("kubernetes:yaml/v2:ConfigGroup", { objs }, { name: "bundle" });

export const cases: RuleCase[] = [
    {
        name: "beta version with a GA version",
        resources: mockResource("kubernetes:networking.k8s.io/v1beta1:ServiceCIDR", { metadata: { name: "extra" } }, { name: "extra" }),
        expect: {
            violations: [
                {
                    messageId: "prerelease",
                    data: { kind: "ServiceCIDR", name: "extra", stage: "beta", apiVersion: "networking.k8s.io/v1beta1", ga: "networking.k8s.io/v1" },
                    propertyPath: "apiVersion",
                },
            ],
        },
    },
    {
        name: "alpha version without a GA version",
        resources: mockResource("kubernetes:coordination.k8s.io/v1alpha2:LeaseCandidate", {}, { name: "lc" }),
        expect: { violations: [{ messageId: "prereleaseNoGa", data: { kind: "LeaseCandidate", name: "lc", stage: "alpha", apiVersion: "coordination.k8s.io/v1alpha2" }, propertyPath: "apiVersion" }] },
    },
    {
        name: "patch kind of a served beta version",
        resources: mockResource("kubernetes:resource.k8s.io/v1beta2:ResourceClaimPatch", {}, { name: "claim" }),
        expect: { violations: [{ messageIncludes: "resource.k8s.io/v1 serves the same kind" }] },
    },
    {
        name: "ConfigGroup with a pre-release built-in manifest",
        resources: group([
            { apiVersion: "storage.k8s.io/v1beta1", kind: "VolumeAttributesClass" },
            { apiVersion: "cert-manager.io/v1alpha2", kind: "Certificate" },
            { apiVersion: "extensions/v1beta1", kind: "Ingress" },
        ]),
        expect: {
            violations: [
                {
                    messageId: "prereleaseInline",
                    data: { name: "bundle", kind: "VolumeAttributesClass", stage: "beta", apiVersion: "storage.k8s.io/v1beta1", index: "0", advice: "; storage.k8s.io/v1 serves the same kind: use it" },
                    propertyPath: "objs[0].apiVersion",
                },
            ],
        },
    },
    { name: "ConfigGroup with GA manifests", resources: group([{ apiVersion: "apps/v1", kind: "Deployment" }, { apiVersion: "v1", kind: "ConfigMap" }]), expect: "pass" },
    { name: "ConfigGroup manifests unknown in preview", resources: group(unknown("array")), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
