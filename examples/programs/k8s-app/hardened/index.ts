import * as pulumi from "@pulumi/pulumi";
import * as k8s from "@pulumi/kubernetes";

// The shop front end, hardened: its own namespace enforcing the Restricted Pod Security
// Standard, an image pinned by digest running as non-root with a read-only root filesystem and
// no capabilities, a dedicated service account that mounts no token, the database password read
// from a Secret (synced by External Secrets, not created here), a ClusterIP Service behind a TLS
// Ingress, and network policies that deny by default and allow only the flows the app needs.
const config = new pulumi.Config();
const namespaceName = config.require("namespace");
const host = config.require("host");
const replicas = config.requireNumber("replicas");
const image = config.require("image");
const team = config.require("team");
const ingressNamespace = config.require("ingressNamespace");
const databaseCidr = config.require("databaseCidr");

const appName = "shop-web";
const selector = { "app.kubernetes.io/name": appName, "app.kubernetes.io/instance": `${appName}-${pulumi.getStack()}` };
const labels = { ...selector, "app.kubernetes.io/part-of": "shop", "app.kubernetes.io/managed-by": "pulumi", team };

const ns = new k8s.core.v1.Namespace("shop", {
    metadata: {
        name: namespaceName,
        labels: {
            "app.kubernetes.io/part-of": "shop",
            team,
            "pod-security.kubernetes.io/enforce": "restricted",
            "pod-security.kubernetes.io/enforce-version": "latest",
        },
    },
});
const namespace = ns.metadata.name;

const sa = new k8s.core.v1.ServiceAccount(appName, {
    metadata: { name: appName, namespace, labels },
    automountServiceAccountToken: false,
});

const settings = new k8s.core.v1.ConfigMap(`${appName}-config`, {
    metadata: { name: `${appName}-config`, namespace, labels },
    data: {
        API_BASE_URL: "http://orders-api.shop.svc.cluster.local",
        DATABASE_HOST: "orders-db.internal",
        DATABASE_NAME: "shop",
        LOG_LEVEL: "info",
    },
});

new k8s.apps.v1.Deployment(appName, {
    metadata: { name: appName, namespace, labels },
    spec: {
        replicas,
        selector: { matchLabels: selector },
        strategy: { type: "RollingUpdate", rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } },
        template: {
            metadata: { labels },
            spec: {
                serviceAccountName: sa.metadata.name,
                automountServiceAccountToken: false,
                securityContext: {
                    runAsNonRoot: true,
                    runAsUser: 10001,
                    runAsGroup: 10001,
                    fsGroup: 10001,
                    seccompProfile: { type: "RuntimeDefault" },
                },
                topologySpreadConstraints: [
                    { maxSkew: 1, topologyKey: "topology.kubernetes.io/zone", whenUnsatisfiable: "ScheduleAnyway", labelSelector: { matchLabels: selector } },
                ],
                containers: [
                    {
                        name: "web",
                        image,
                        ports: [{ name: "http", containerPort: 8080 }],
                        envFrom: [{ configMapRef: { name: settings.metadata.name } }],
                        env: [{ name: "DATABASE_PASSWORD", valueFrom: { secretKeyRef: { name: `${appName}-db`, key: "password" } } }],
                        securityContext: {
                            allowPrivilegeEscalation: false,
                            readOnlyRootFilesystem: true,
                            capabilities: { drop: ["ALL"] },
                        },
                        resources: {
                            requests: { cpu: "100m", memory: "128Mi" },
                            limits: { cpu: "500m", memory: "256Mi" },
                        },
                        readinessProbe: { httpGet: { path: "/healthz/ready", port: "http" }, periodSeconds: 5 },
                        livenessProbe: { httpGet: { path: "/healthz/live", port: "http" }, initialDelaySeconds: 10, periodSeconds: 10 },
                        volumeMounts: [
                            { name: "tmp", mountPath: "/tmp" },
                            { name: "cache", mountPath: "/var/cache/nginx" },
                        ],
                    },
                ],
                volumes: [
                    { name: "tmp", emptyDir: { sizeLimit: "64Mi" } },
                    { name: "cache", emptyDir: { sizeLimit: "256Mi" } },
                ],
            },
        },
    },
});

new k8s.core.v1.Service(appName, {
    metadata: { name: appName, namespace, labels },
    spec: { type: "ClusterIP", selector, ports: [{ name: "http", port: 80, targetPort: "http" }] },
});

new k8s.networking.v1.Ingress(appName, {
    metadata: {
        name: appName,
        namespace,
        labels,
        annotations: { "cert-manager.io/cluster-issuer": "letsencrypt", "nginx.ingress.kubernetes.io/ssl-redirect": "true" },
    },
    spec: {
        ingressClassName: "nginx",
        tls: [{ hosts: [host], secretName: `${appName}-tls` }],
        rules: [
            {
                host,
                http: { paths: [{ path: "/", pathType: "Prefix", backend: { service: { name: appName, port: { name: "http" } } } }] },
            },
        ],
    },
});

// ---------------------------------------------------------------- network policies

new k8s.networking.v1.NetworkPolicy("default-deny", {
    metadata: { name: "default-deny", namespace, labels: { "app.kubernetes.io/part-of": "shop" } },
    spec: { podSelector: {}, policyTypes: ["Ingress", "Egress"] },
});

new k8s.networking.v1.NetworkPolicy(`${appName}-from-ingress`, {
    metadata: { name: `${appName}-from-ingress`, namespace, labels },
    spec: {
        podSelector: { matchLabels: selector },
        policyTypes: ["Ingress"],
        ingress: [
            {
                from: [{ namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": ingressNamespace } } }],
                ports: [{ protocol: "TCP", port: 8080 }],
            },
        ],
    },
});

new k8s.networking.v1.NetworkPolicy(`${appName}-egress`, {
    metadata: { name: `${appName}-egress`, namespace, labels },
    spec: {
        podSelector: { matchLabels: selector },
        policyTypes: ["Egress"],
        egress: [
            {
                to: [{ namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "kube-system" } }, podSelector: { matchLabels: { "k8s-app": "kube-dns" } } }],
                ports: [
                    { protocol: "UDP", port: 53 },
                    { protocol: "TCP", port: 53 },
                ],
            },
            { to: [{ podSelector: { matchLabels: { "app.kubernetes.io/name": "orders-api" } } }], ports: [{ protocol: "TCP", port: 8080 }] },
            { to: [{ ipBlock: { cidr: databaseCidr } }], ports: [{ protocol: "TCP", port: 5432 }] },
        ],
    },
});

export const url = `https://${host}`;
