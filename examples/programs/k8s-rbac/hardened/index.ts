import * as pulumi from "@pulumi/pulumi";
import * as k8s from "@pulumi/kubernetes";

// Access for the payments team and for CI, least privilege: the team edits its own namespace
// through the built-in `edit` role and may only look at the rest of the cluster, debugging is a
// narrow namespaced Role without impersonation, and the CI runner is an unprivileged pod whose
// service account may deploy to the team's namespace and nothing else. It builds images without a
// Docker daemon and gets a short-lived, audience-bound token instead of the automounted one.
const config = new pulumi.Config();
const teamNamespace = config.require("teamNamespace");
const teamGroup = config.require("teamGroup");
const team = config.require("team");
const ciNamespace = config.require("ciNamespace");
const runnerImage = config.require("runnerImage");
const apiServerCidr = config.require("apiServerCidr");

const rbacApi = "rbac.authorization.k8s.io";
const teamLabels = { "app.kubernetes.io/part-of": team, team };

const teamNs = new k8s.core.v1.Namespace("team", {
    metadata: { name: teamNamespace, labels: { ...teamLabels, "pod-security.kubernetes.io/enforce": "restricted" } },
});
const ciNs = new k8s.core.v1.Namespace("ci", {
    metadata: { name: ciNamespace, labels: { ...teamLabels, "pod-security.kubernetes.io/enforce": "restricted" } },
});

// ---------------------------------------------------------------- the team

// Read-only visibility of cluster-scoped objects (no Secrets).
const clusterViewer = new k8s.rbac.v1.ClusterRole("cluster-viewer", {
    metadata: { name: `${team}-cluster-viewer`, labels: teamLabels },
    rules: [
        { apiGroups: [""], resources: ["namespaces", "nodes", "persistentvolumes"], verbs: ["get", "list", "watch"] },
        { apiGroups: ["storage.k8s.io"], resources: ["storageclasses"], verbs: ["get", "list", "watch"] },
        { apiGroups: ["apiextensions.k8s.io"], resources: ["customresourcedefinitions"], verbs: ["get", "list", "watch"] },
    ],
});
new k8s.rbac.v1.ClusterRoleBinding("team-cluster-viewer", {
    metadata: { name: `${team}-cluster-viewer`, labels: teamLabels },
    roleRef: { apiGroup: rbacApi, kind: "ClusterRole", name: clusterViewer.metadata.name },
    subjects: [{ kind: "Group", name: teamGroup, apiGroup: rbacApi }],
});

// Day-to-day work in the team's own namespace: the built-in aggregated `edit` role.
new k8s.rbac.v1.RoleBinding("team-edit", {
    metadata: { name: `${team}-edit`, namespace: teamNs.metadata.name, labels: teamLabels },
    roleRef: { apiGroup: rbacApi, kind: "ClusterRole", name: "edit" },
    subjects: [{ kind: "Group", name: teamGroup, apiGroup: rbacApi }],
});

// Debugging: logs, port-forward and exec into the team's pods, nothing else.
const debug = new k8s.rbac.v1.Role("team-debug", {
    metadata: { name: "debug", namespace: teamNs.metadata.name, labels: teamLabels },
    rules: [
        { apiGroups: [""], resources: ["pods", "pods/log"], verbs: ["get", "list", "watch"] },
        { apiGroups: [""], resources: ["pods/exec", "pods/portforward"], verbs: ["create"] },
    ],
});
new k8s.rbac.v1.RoleBinding("team-debug", {
    metadata: { name: `${team}-debug`, namespace: teamNs.metadata.name, labels: teamLabels },
    roleRef: { apiGroup: rbacApi, kind: "Role", name: debug.metadata.name },
    subjects: [{ kind: "Group", name: teamGroup, apiGroup: rbacApi }],
});

// ---------------------------------------------------------------- CI

const runnerName = "ci-runner";
const runnerLabels = { "app.kubernetes.io/name": runnerName, ...teamLabels };

const runnerSa = new k8s.core.v1.ServiceAccount(runnerName, {
    metadata: { name: runnerName, namespace: ciNs.metadata.name, labels: runnerLabels },
    automountServiceAccountToken: false,
});

// What a deployment pipeline changes in the team's namespace.
const deployer = new k8s.rbac.v1.Role("ci-deployer", {
    metadata: { name: "ci-deployer", namespace: teamNs.metadata.name, labels: runnerLabels },
    rules: [
        { apiGroups: ["apps"], resources: ["deployments", "statefulsets"], verbs: ["get", "list", "watch", "create", "update", "patch"] },
        { apiGroups: [""], resources: ["services", "configmaps"], verbs: ["get", "list", "watch", "create", "update", "patch"] },
        { apiGroups: ["networking.k8s.io"], resources: ["ingresses", "networkpolicies"], verbs: ["get", "list", "watch", "create", "update", "patch"] },
        { apiGroups: ["batch"], resources: ["jobs"], verbs: ["get", "list", "watch", "create", "delete"] },
    ],
});
new k8s.rbac.v1.RoleBinding("ci-deployer", {
    metadata: { name: "ci-deployer", namespace: teamNs.metadata.name, labels: runnerLabels },
    roleRef: { apiGroup: rbacApi, kind: "Role", name: deployer.metadata.name },
    subjects: [{ kind: "ServiceAccount", name: runnerName, namespace: ciNamespace }],
});

new k8s.apps.v1.Deployment(runnerName, {
    metadata: { name: runnerName, namespace: ciNs.metadata.name, labels: runnerLabels },
    spec: {
        replicas: 2,
        selector: { matchLabels: { "app.kubernetes.io/name": runnerName } },
        template: {
            metadata: { labels: runnerLabels },
            spec: {
                serviceAccountName: runnerSa.metadata.name,
                // No automounted token: the projected volume below gives a one-hour token for the API server only.
                automountServiceAccountToken: false,
                securityContext: {
                    runAsNonRoot: true,
                    runAsUser: 1001,
                    runAsGroup: 1001,
                    fsGroup: 1001,
                    seccompProfile: { type: "RuntimeDefault" },
                },
                containers: [
                    {
                        name: "runner",
                        image: runnerImage,
                        env: [
                            { name: "REPO_URL", value: "https://github.com/acme/payments" },
                            { name: "RUNNER_TOKEN", valueFrom: { secretKeyRef: { name: "ci-runner-registration", key: "token" } } },
                            { name: "KUBE_TOKEN_FILE", value: "/var/run/secrets/ci/token" },
                        ],
                        securityContext: {
                            allowPrivilegeEscalation: false,
                            readOnlyRootFilesystem: true,
                            capabilities: { drop: ["ALL"] },
                        },
                        resources: {
                            requests: { cpu: "500m", memory: "1Gi" },
                            limits: { cpu: "2", memory: "4Gi" },
                        },
                        livenessProbe: { exec: { command: ["/home/runner/healthcheck.sh"] }, periodSeconds: 30 },
                        readinessProbe: { exec: { command: ["/home/runner/healthcheck.sh"] }, periodSeconds: 10 },
                        volumeMounts: [
                            { name: "work", mountPath: "/home/runner/_work" },
                            { name: "tmp", mountPath: "/tmp" },
                            { name: "kube-token", mountPath: "/var/run/secrets/ci", readOnly: true },
                        ],
                    },
                ],
                volumes: [
                    { name: "work", emptyDir: { sizeLimit: "10Gi" } },
                    { name: "tmp", emptyDir: { sizeLimit: "1Gi" } },
                    {
                        name: "kube-token",
                        projected: {
                            sources: [
                                { serviceAccountToken: { path: "token", audience: "https://kubernetes.default.svc", expirationSeconds: 3600 } },
                                { configMap: { name: "kube-root-ca.crt", items: [{ key: "ca.crt", path: "ca.crt" }] } },
                            ],
                        },
                    },
                ],
            },
        },
    },
});

// The runner takes no inbound traffic; outbound it reaches DNS, the API server and HTTPS (GitHub, registries).
new k8s.networking.v1.NetworkPolicy("ci-runner", {
    metadata: { name: runnerName, namespace: ciNs.metadata.name, labels: runnerLabels },
    spec: {
        podSelector: {},
        policyTypes: ["Ingress", "Egress"],
        egress: [
            {
                to: [{ namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "kube-system" } }, podSelector: { matchLabels: { "k8s-app": "kube-dns" } } }],
                ports: [
                    { protocol: "UDP", port: 53 },
                    { protocol: "TCP", port: 53 },
                ],
            },
            { to: [{ ipBlock: { cidr: apiServerCidr } }], ports: [{ protocol: "TCP", port: 443 }] },
            { to: [{ ipBlock: { cidr: "0.0.0.0/0", except: ["10.0.0.0/8", "169.254.169.254/32"] } }], ports: [{ protocol: "TCP", port: 443 }] },
        ],
    },
});

export const teamNamespaceName = teamNs.metadata.name;
export const runnerServiceAccount = pulumi.interpolate`system:serviceaccount:${ciNamespace}:${runnerSa.metadata.name}`;
