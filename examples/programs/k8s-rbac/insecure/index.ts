import * as pulumi from "@pulumi/pulumi";
import * as k8s from "@pulumi/kubernetes";

// Access for the payments team and for CI, granted the way it happens under deadline pressure:
// the team's group gets cluster-admin, "operator" and "debug" roles use wildcards and
// impersonation, every service account may read every Secret, and the self-hosted CI runner
// runs privileged with the node's Docker socket and a cluster-admin service account.
const config = new pulumi.Config();
const teamNamespace = config.require("teamNamespace");
const teamGroup = config.require("teamGroup");
const ciNamespace = config.require("ciNamespace");
const runnerImage = config.require("runnerImage");

new k8s.core.v1.Namespace("team", { metadata: { name: teamNamespace } });
const ci = new k8s.core.v1.Namespace("ci", { metadata: { name: ciNamespace } });

// ---------------------------------------------------------------- the team

new k8s.rbac.v1.ClusterRoleBinding("team-admin", {
    metadata: { name: `${teamGroup}-admin` },
    roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: "cluster-admin" },
    subjects: [{ kind: "Group", name: teamGroup, apiGroup: "rbac.authorization.k8s.io" }],
});

const operator = new k8s.rbac.v1.ClusterRole("team-operator", {
    metadata: { name: `${teamNamespace}-operator` },
    rules: [{ apiGroups: ["*"], resources: ["*"], verbs: ["*"] }],
});
new k8s.rbac.v1.RoleBinding("team-operator", {
    metadata: { name: `${teamNamespace}-operator`, namespace: teamNamespace },
    roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: operator.metadata.name },
    subjects: [{ kind: "Group", name: teamGroup, apiGroup: "rbac.authorization.k8s.io" }],
});

// "Debugging production": exec into pods and act as any user.
new k8s.rbac.v1.Role("team-debug", {
    metadata: { name: "debug", namespace: teamNamespace },
    rules: [
        { apiGroups: [""], resources: ["pods", "pods/exec", "pods/log"], verbs: ["get", "list", "create"] },
        { apiGroups: [""], resources: ["users", "groups", "serviceaccounts"], verbs: ["impersonate"] },
    ],
});

// Every service account in the cluster may read every Secret, for a config-reloader sidecar.
const secretReader = new k8s.rbac.v1.ClusterRole("secret-reader", {
    metadata: { name: "secret-reader" },
    rules: [{ apiGroups: [""], resources: ["secrets"], verbs: ["get", "list", "watch"] }],
});
new k8s.rbac.v1.ClusterRoleBinding("all-service-accounts-read-secrets", {
    metadata: { name: "all-service-accounts-read-secrets" },
    roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: secretReader.metadata.name },
    subjects: [{ kind: "Group", name: "system:serviceaccounts", apiGroup: "rbac.authorization.k8s.io" }],
});

// ---------------------------------------------------------------- CI

const runnerSa = new k8s.core.v1.ServiceAccount("ci-runner", { metadata: { name: "ci-runner", namespace: ci.metadata.name } });

new k8s.rbac.v1.ClusterRoleBinding("ci-runner-admin", {
    metadata: { name: "ci-runner-admin" },
    roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: "cluster-admin" },
    subjects: [{ kind: "ServiceAccount", name: "ci-runner", namespace: ciNamespace }],
});

// A self-hosted GitHub Actions runner that builds images with the node's Docker daemon.
new k8s.apps.v1.Deployment("ci-runner", {
    metadata: { name: "ci-runner", namespace: ci.metadata.name },
    spec: {
        replicas: 2,
        selector: { matchLabels: { app: "ci-runner" } },
        template: {
            metadata: { labels: { app: "ci-runner" } },
            spec: {
                serviceAccountName: runnerSa.metadata.name,
                containers: [
                    {
                        name: "runner",
                        image: runnerImage,
                        env: [
                            { name: "REPO_URL", value: "https://github.com/acme/payments" },
                            { name: "ACCESS_TOKEN", value: "ghp_0123456789abcdefghijklmnopqrstuvwxyz" },
                        ],
                        securityContext: { privileged: true },
                        volumeMounts: [{ name: "docker-sock", mountPath: "/var/run/docker.sock" }],
                    },
                ],
                volumes: [{ name: "docker-sock", hostPath: { path: "/var/run/docker.sock", type: "Socket" } }],
            },
        },
    },
});
