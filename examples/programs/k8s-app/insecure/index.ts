import * as pulumi from "@pulumi/pulumi";
import * as k8s from "@pulumi/kubernetes";

// A shop front end deployed the quick way: a floating :latest image run privileged "because the
// entrypoint needs to tweak sysctls", a log shipper sidecar reading the node's /var/log, the
// database password inline in the pod spec, a service account bound to cluster-admin, a public
// load balancer next to a plain-HTTP Ingress, and a network policy that allows everything.
const config = new pulumi.Config();
const namespaceName = config.require("namespace");
const host = config.require("host");
const replicas = config.requireNumber("replicas");

const ns = new k8s.core.v1.Namespace("shop", { metadata: { name: namespaceName } });
const namespace = ns.metadata.name;

const labels = { app: "shop-web" };

const sa = new k8s.core.v1.ServiceAccount("shop-web", { metadata: { name: "shop-web", namespace } });

// "The app needs to read a ConfigMap at startup; cluster-admin made the error go away."
new k8s.rbac.v1.ClusterRoleBinding("shop-web-admin", {
    metadata: { name: "shop-web-admin" },
    roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: "cluster-admin" },
    subjects: [{ kind: "ServiceAccount", name: "shop-web", namespace: namespaceName }],
});

const settings = new k8s.core.v1.ConfigMap("shop-web-config", {
    metadata: { name: "shop-web-config", namespace },
    data: {
        API_BASE_URL: "http://orders-api.shop.svc.cluster.local",
        DATABASE_URL: "postgres://shop:Sh0pP4ss@orders-db.internal:5432/shop",
        LOG_LEVEL: "debug",
    },
});

new k8s.apps.v1.Deployment("shop-web", {
    metadata: { name: "shop-web", namespace, labels },
    spec: {
        replicas,
        selector: { matchLabels: labels },
        template: {
            metadata: { labels },
            spec: {
                serviceAccountName: sa.metadata.name,
                hostNetwork: true,
                containers: [
                    {
                        name: "web",
                        image: "nginx:latest",
                        ports: [{ containerPort: 80, hostPort: 80 }],
                        envFrom: [{ configMapRef: { name: settings.metadata.name } }],
                        env: [{ name: "DB_PASSWORD", value: "Sh0pP4ss" }],
                        securityContext: { privileged: true, capabilities: { add: ["NET_ADMIN", "SYS_ADMIN"] } },
                    },
                    {
                        name: "log-shipper",
                        image: "fluent/fluent-bit",
                        volumeMounts: [{ name: "node-logs", mountPath: "/var/log", readOnly: false }],
                    },
                ],
                volumes: [{ name: "node-logs", hostPath: { path: "/var/log" } }],
            },
        },
    },
});

new k8s.core.v1.Service("shop-web", {
    metadata: { name: "shop-web", namespace, labels },
    spec: { type: "LoadBalancer", selector: labels, ports: [{ port: 80, targetPort: 80 }] },
});

new k8s.networking.v1.Ingress("shop-web", {
    metadata: { name: "shop-web", namespace },
    spec: {
        ingressClassName: "nginx",
        rules: [
            {
                host,
                http: { paths: [{ path: "/", pathType: "Prefix", backend: { service: { name: "shop-web", port: { number: 80 } } } }] },
            },
        ],
    },
});

// Added to satisfy the "every namespace has a NetworkPolicy" check: it allows all traffic.
new k8s.networking.v1.NetworkPolicy("allow-all", {
    metadata: { name: "allow-all", namespace },
    spec: { podSelector: {}, policyTypes: ["Ingress", "Egress"], ingress: [{}], egress: [{}] },
});

export const url = `http://${host}`;
