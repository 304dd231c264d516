import * as pulumi from "@pulumi/pulumi";
import * as gcp from "@pulumi/gcp";

// The same application, hardened: SSH only through Identity-Aware Proxy's range, a VM with its
// own narrowly scoped service account, OS Login and Shielded VM, a private bucket with uniform
// access, a private Cloud SQL instance that requires SSL, and a private GKE cluster.
const config = new pulumi.Config();
const appName = config.require("appName");
const labels = { owner: "orders-team", environment: "dev", "cost-center": "cc-1042" };

new gcp.compute.Firewall("allow-ssh-iap", {
    network: "default",
    allows: [{ protocol: "tcp", ports: ["22"] }],
    sourceRanges: ["35.235.240.0/20"],
});

const runtime = new gcp.serviceaccount.Account("app-runtime", { accountId: `${appName}-runtime`, displayName: "orders app runtime" });

new gcp.compute.Instance("app", {
    machineType: "e2-medium",
    zone: "europe-west1-b",
    bootDisk: { initializeParams: { image: "debian-cloud/debian-12" } },
    networkInterfaces: [{ network: "default" }],
    metadata: { "enable-oslogin": "TRUE", "block-project-ssh-keys": "true" },
    serviceAccount: { email: runtime.email, scopes: ["cloud-platform"] },
    shieldedInstanceConfig: { enableSecureBoot: true, enableVtpm: true, enableIntegrityMonitoring: true },
    labels,
});

const bucket = new gcp.storage.Bucket("assets", {
    name: `${appName}-assets`,
    location: "EU",
    uniformBucketLevelAccess: true,
    publicAccessPrevention: "enforced",
    versioning: { enabled: true },
    labels,
});

new gcp.sql.DatabaseInstance("db", {
    databaseVersion: "POSTGRES_16",
    region: "europe-west1",
    deletionProtection: true,
    settings: {
        tier: "db-custom-2-7680",
        ipConfiguration: { ipv4Enabled: false, privateNetwork: "projects/acme-orders-dev/global/networks/default", sslMode: "ENCRYPTED_ONLY" },
        backupConfiguration: { enabled: true, pointInTimeRecoveryEnabled: true },
        databaseFlags: [
            { name: "log_connections", value: "on" },
            { name: "log_disconnections", value: "on" },
        ],
        userLabels: labels,
    },
});

new gcp.container.Cluster("gke", {
    location: "europe-west1",
    initialNodeCount: 1,
    enableLegacyAbac: false,
    privateClusterConfig: { enablePrivateNodes: true, enablePrivateEndpoint: false, masterIpv4CidrBlock: "172.16.0.0/28" },
    masterAuthorizedNetworksConfig: { cidrBlocks: [{ cidrBlock: "203.0.113.0/24", displayName: "office" }] },
    releaseChannel: { channel: "REGULAR" },
    workloadIdentityConfig: { workloadPool: "acme-orders-dev.svc.id.goog" },
    networkPolicy: { enabled: true },
    resourceLabels: labels,
});

export const bucketName = bucket.name;
