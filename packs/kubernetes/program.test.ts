/**
 * Whole Pulumi programs using @pulumi/kubernetes, run under Pulumi's mocks (src/testing
 * runProgram) and judged by the kubernetes pack through the same type tokens the engine sends.
 */
import * as k8s from "@pulumi/kubernetes";
import { expectNoViolations, expectViolation, runProgram, runRules } from "../../src/testing";
import { kubernetes, pssProfile } from ".";

test("a Deployment and a Pod created with the SDK are judged through their type tokens", async () => {
    const { resources } = await runProgram(() => {
        const labels = { app: "web" };
        new k8s.apps.v1.Deployment("web", {
            metadata: { namespace: "shop" },
            spec: {
                selector: { matchLabels: labels },
                template: {
                    metadata: { labels },
                    spec: {
                        containers: [{ name: "web", image: "nginx:latest", securityContext: { privileged: true } }],
                    },
                },
            },
        });
        new k8s.core.v1.Pod("debug", {
            spec: { hostNetwork: true, containers: [{ name: "shell", image: "busybox:1.36", env: [{ name: "API_TOKEN", value: "not-a-real-token" }] }] },
        });
    });
    expect(resources.map((r) => r.type).sort()).toEqual(["kubernetes:apps/v1:Deployment", "kubernetes:core/v1:Pod"]);
    const deployment = resources.find((r) => r.type === "kubernetes:apps/v1:Deployment");
    const pod = resources.find((r) => r.type === "kubernetes:core/v1:Pod");

    const result = await runRules(kubernetes.rules, resources);
    expectViolation(result, "k8s-pod-no-privileged-containers", { urn: deployment?.urn, propertyPath: "spec.template.spec.containers[0].securityContext.privileged" });
    expectViolation(result, "k8s-container-image-tag", { urn: deployment?.urn, propertyPath: "spec.template.spec.containers[0].image" });
    expectViolation(result, "k8s-pod-no-host-namespaces", { urn: pod?.urn, propertyPath: "spec.hostNetwork" });
    expectViolation(result, "k8s-no-default-namespace", { urn: pod?.urn });
    const [secretEnv] = expectViolation(result, "k8s-container-no-secret-env-literals", { urn: pod?.urn, propertyPath: "spec.containers[0].env[0].value" });
    expect(secretEnv.message).not.toContain("not-a-real-token");
    expectViolation(result, "k8s-namespace-has-network-policy");
    // Baseline controls block by default; Restricted-only ones advise.
    expect(result.violations.find((v) => v.policyName === "k8s-pod-no-privileged-containers")?.enforcementLevel).toBe("mandatory");
    expect(result.violations.find((v) => v.policyName === "k8s-pod-seccomp-required")?.enforcementLevel).toBe("advisory");
});

test("the restricted profile makes Restricted controls mandatory; remediation hardens the pod", async () => {
    const { resources } = await runProgram(() => {
        new k8s.batch.v1.CronJob("report", {
            metadata: { namespace: "jobs" },
            spec: {
                schedule: "0 3 * * *",
                jobTemplate: { spec: { template: { spec: { restartPolicy: "OnFailure", containers: [{ name: "report", image: "registry.example.com/report:2.1.0" }] } } } },
            },
        });
    });
    const strict = await runRules(kubernetes.rules, resources, { levels: pssProfile("restricted"), remediate: false });
    const [seccomp] = expectViolation(strict, "k8s-pod-seccomp-required", { propertyPath: "spec.jobTemplate.spec.template.spec.securityContext.seccompProfile" });
    expect(seccomp.enforcementLevel).toBe("mandatory");

    const restricted = kubernetes.rules.filter((r) => (r.tags ?? []).includes("pss-restricted") && r.id !== "k8s-pod-restricted-volume-types");
    const fixed = await runRules(restricted, resources, { level: "remediate" });
    expectNoViolations(fixed);
    const spec = (fixed.remediatedProps.get(resources[0].urn) as { spec: { jobTemplate: { spec: { template: { spec: Record<string, unknown> } } } } }).spec.jobTemplate.spec.template.spec;
    expect(spec.securityContext).toEqual({ runAsNonRoot: true, seccompProfile: { type: "RuntimeDefault" } });
    expect((spec.containers as Array<Record<string, unknown>>)[0].securityContext).toEqual({ allowPrivilegeEscalation: false, capabilities: { drop: ["ALL"] } });
});

test("values computed from other resources are unknown in preview, and the join still works", async () => {
    const { resources } = await runProgram(() => {
        const ns = new k8s.core.v1.Namespace("shop", {});
        const sa = new k8s.core.v1.ServiceAccount("deployer", { metadata: { name: "deployer", namespace: ns.metadata.name } });
        new k8s.rbac.v1.ClusterRoleBinding("deployer-admin", {
            roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: "cluster-admin" },
            subjects: [{ kind: "ServiceAccount", name: sa.metadata.name, namespace: ns.metadata.name }],
        });
        new k8s.apps.v1.Deployment("deployer", {
            metadata: { namespace: ns.metadata.name },
            spec: {
                selector: { matchLabels: { app: "deployer" } },
                template: {
                    metadata: { labels: { app: "deployer" } },
                    spec: { serviceAccountName: sa.metadata.name, containers: [{ name: "deployer", image: "registry.example.com/deployer:1.0.0" }] },
                },
            },
        });
    });
    const deployment = resources.find((r) => r.type === "kubernetes:apps/v1:Deployment");
    const result = await runRules(kubernetes.rules, resources);
    // The namespace's name is unknown until it is created; the property dependencies name it.
    expectViolation(result, "k8s-workload-no-cluster-admin-service-account", { urn: deployment?.urn });
    // The auto-named namespace has no NetworkPolicy.
    expectViolation(result, "k8s-namespace-has-network-policy", { urn: resources.find((r) => r.type === "kubernetes:core/v1:Namespace")?.urn });
    // Rules that read the unknown namespace say so instead of guessing.
    expect(result.skippedForUnknown.map((d) => d.policyName)).toContain("k8s-no-default-namespace");
});

test("YAML expanded by the provider (yaml.v2.ConfigFile) cannot be judged under mocks", async () => {
    // ConfigFile is a component the Kubernetes provider expands (it reads and parses the file).
    // Under mocks there is no provider, so the component registers no children: the pack sees
    // nothing to judge. Test YAML-defined workloads in a real `pulumi preview`, or declare them
    // with the typed resources as above.
    const { resources } = await runProgram(() => {
        new k8s.yaml.v2.ConfigFile("manifests", { file: "does-not-matter.yaml" });
    });
    expect(resources.map((r) => r.type)).toEqual(["kubernetes:yaml/v2:ConfigFile"]);
    const result = await runRules(kubernetes.rules, resources);
    expect(result.violations).toEqual([]);
});
