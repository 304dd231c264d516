/**
 * The repository's property test (tests/properties.test.ts) feeds random values under AWS-ish
 * keys; this one aims them at the shapes Kubernetes rules read (pod specs, containers,
 * security contexts, RBAC rules, Service specs), so the random values reach the rules' logic.
 */
import fc from "fast-check";
import { UNKNOWN_SENTINELS } from "../../src/engine";
import { mockResource, runRule, secret, unknown } from "../../src/testing";
import { kubernetes } from ".";

const SEED = Number(process.env.GUARDRAILS_FC_SEED ?? 20261123);
const RUNS = Number(process.env.GUARDRAILS_FC_RUNS ?? 60);
const SECRET_TEXT = "zz-secret-canary-42";

const leaf: fc.Arbitrary<unknown> = fc.oneof(
    fc.constant(null),
    fc.constant(undefined),
    fc.boolean(),
    fc.integer({ min: -1, max: 70000 }),
    fc.string({ maxLength: 12 }),
    fc.constantFrom("*", "ALL", "SYS_ADMIN", "Unconfined", "RuntimeDefault", "LoadBalancer", "NodePort", "default", "cluster-admin", "ClusterRole", "ServiceAccount", "secrets", "nginx:latest", "DB_PASSWORD", "Always"),
    fc.constantFrom(...(Object.keys(UNKNOWN_SENTINELS) as Array<keyof typeof UNKNOWN_SENTINELS>)).map((k): unknown => unknown(k)),
    fc.constant(SECRET_TEXT).map((t): unknown => secret(t)),
);
const any = (depth: number): fc.Arbitrary<unknown> =>
    depth === 0 ? leaf : fc.oneof(leaf, fc.array(any(depth - 1), { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 6 }), any(depth - 1), { maxKeys: 3 }));
const maybe = <T>(a: fc.Arbitrary<T>): fc.Arbitrary<unknown> => fc.oneof(a, any(2));

const securityContext = maybe(
    fc.record(
        {
            privileged: leaf, allowPrivilegeEscalation: leaf, runAsNonRoot: leaf, runAsUser: leaf, procMount: leaf, readOnlyRootFilesystem: leaf,
            capabilities: maybe(fc.record({ add: maybe(fc.array(leaf, { maxLength: 3 })), drop: maybe(fc.array(leaf, { maxLength: 3 })) }, { requiredKeys: [] })),
            seccompProfile: maybe(fc.record({ type: leaf }, { requiredKeys: [] })),
            appArmorProfile: maybe(fc.record({ type: leaf }, { requiredKeys: [] })),
            seLinuxOptions: maybe(fc.record({ type: leaf, user: leaf, role: leaf }, { requiredKeys: [] })),
            windowsOptions: maybe(fc.record({ hostProcess: leaf }, { requiredKeys: [] })),
            sysctls: maybe(fc.array(fc.record({ name: leaf, value: leaf }, { requiredKeys: [] }), { maxLength: 2 })),
        },
        { requiredKeys: [] },
    ),
);
const container = maybe(
    fc.record(
        {
            name: leaf, image: leaf, securityContext, restartPolicy: leaf, livenessProbe: any(1), readinessProbe: any(1),
            ports: maybe(fc.array(fc.record({ containerPort: leaf, hostPort: leaf }, { requiredKeys: [] }), { maxLength: 2 })),
            env: maybe(fc.array(fc.record({ name: leaf, value: leaf }, { requiredKeys: [] }), { maxLength: 2 })),
            resources: maybe(fc.record({ requests: any(1), limits: any(1) }, { requiredKeys: [] })),
        },
        { requiredKeys: [] },
    ),
);
const podSpec = maybe(
    fc.record(
        {
            containers: maybe(fc.array(container, { maxLength: 2 })),
            initContainers: maybe(fc.array(container, { maxLength: 1 })),
            ephemeralContainers: maybe(fc.array(container, { maxLength: 1 })),
            securityContext, hostNetwork: leaf, hostPID: leaf, hostIPC: leaf, hostUsers: leaf, os: any(1),
            automountServiceAccountToken: leaf, serviceAccountName: leaf,
            volumes: maybe(fc.array(fc.record({ name: leaf, hostPath: any(1), nfs: any(1), emptyDir: any(1) }, { requiredKeys: [] }), { maxLength: 2 })),
        },
        { requiredKeys: [] },
    ),
);
const metadata = maybe(fc.record({ name: leaf, namespace: leaf, annotations: any(1) }, { requiredKeys: [] }));
const template = maybe(fc.record({ metadata, spec: podSpec }, { requiredKeys: [] }));
const props = fc.record(
    {
        metadata,
        spec: maybe(
            fc.record(
                {
                    containers: maybe(fc.array(container, { maxLength: 2 })), securityContext, hostNetwork: leaf, template,
                    jobTemplate: maybe(fc.record({ spec: maybe(fc.record({ template }, { requiredKeys: [] })) }, { requiredKeys: [] })),
                    type: leaf, externalIPs: any(1), loadBalancerSourceRanges: any(1), tls: any(2), rules: any(2),
                },
                { requiredKeys: [] },
            ),
        ),
        rules: maybe(fc.array(fc.record({ apiGroups: any(1), resources: any(1), verbs: any(1), resourceNames: any(1) }, { requiredKeys: [] }), { maxLength: 2 })),
        roleRef: maybe(fc.record({ kind: leaf, name: leaf }, { requiredKeys: [] })),
        subjects: maybe(fc.array(fc.record({ kind: leaf, name: leaf, namespace: leaf }, { requiredKeys: [] }), { maxLength: 2 })),
        automountServiceAccountToken: leaf,
    },
    { requiredKeys: [] },
);

const STACK_TYPES = [
    "kubernetes:core/v1:Pod", "kubernetes:apps/v1:Deployment", "kubernetes:batch/v1:CronJob", "kubernetes:core/v1:Namespace",
    "kubernetes:networking.k8s.io/v1:NetworkPolicy", "kubernetes:rbac.authorization.k8s.io/v1:ClusterRoleBinding",
    "kubernetes:rbac.authorization.k8s.io/v1:RoleBinding", "kubernetes:core/v1:ServiceAccount",
];

describe.each(kubernetes.rules.map((rule) => [rule.id, rule] as const))("%s", (_id, rule) => {
    const types = rule.kind === "resource" ? [...rule.resourceTypes] : STACK_TYPES;
    const resources = fc
        .array(fc.tuple(fc.constantFrom(...types), props), { minLength: 1, maxLength: rule.kind === "stack" ? 5 : 1 })
        .map((list) => list.map(([type, p], i) => mockResource.untyped(type, p as Record<string, unknown>, { name: `r${i}` })));

    test("never throws, is deterministic, never prints a secret", async () => {
        await fc.assert(
            fc.asyncProperty(resources, async (list) => {
                for (const level of ["mandatory", "remediate"] as const) {
                    const first = await runRule(rule, list, { level });
                    if (first.ruleErrors.length > 0) throw new Error(first.ruleErrors[0].message);
                    const again = await runRule(rule, list, { level });
                    expect(again.diagnostics).toEqual(first.diagnostics);
                    for (const d of first.diagnostics) expect(d.message).not.toContain(SECRET_TEXT);
                    for (const r of first.remediations) expect(JSON.stringify(r.changes)).not.toContain(SECRET_TEXT);
                }
            }),
            { seed: SEED, numRuns: RUNS },
        );
    });
});
