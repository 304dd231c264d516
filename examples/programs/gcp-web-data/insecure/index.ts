import * as pulumi from "@pulumi/pulumi";
import * as gcp from "@pulumi/gcp";

// A quick start that stayed: SSH open to the world, a VM on the default service account with
// full API access and its serial port on, a bucket anyone can read, a Cloud SQL instance
// reachable from every address without SSL, and a GKE cluster with legacy ABAC.
const config = new pulumi.Config();
const appName = config.require("appName");

new gcp.compute.Firewall("allow-ssh", {
    network: "default",
    allows: [{ protocol: "tcp", ports: ["22"] }],
    sourceRanges: ["0.0.0.0/0"],
});

new gcp.compute.Instance("app", {
    machineType: "e2-medium",
    zone: "europe-west1-b",
    bootDisk: { initializeParams: { image: "debian-cloud/debian-12" } },
    networkInterfaces: [{ network: "default", accessConfigs: [{}] }],
    metadata: { "serial-port-enable": "true" },
    serviceAccount: { email: "123456789012-compute@developer.gserviceaccount.com", scopes: ["cloud-platform"] },
});

const bucket = new gcp.storage.Bucket("assets", { name: `${appName}-assets`, location: "EU" });

new gcp.storage.BucketIAMMember("public-read", { bucket: bucket.name, role: "roles/storage.objectViewer", member: "allUsers" });

new gcp.sql.DatabaseInstance("db", {
    databaseVersion: "POSTGRES_16",
    region: "europe-west1",
    settings: {
        tier: "db-custom-2-7680",
        ipConfiguration: { ipv4Enabled: true, authorizedNetworks: [{ name: "anywhere", value: "0.0.0.0/0" }] },
    },
});

new gcp.container.Cluster("gke", {
    location: "europe-west1",
    initialNodeCount: 1,
    enableLegacyAbac: true,
    masterAuth: { clientCertificateConfig: { issueClientCertificate: true } },
});

export const bucketName = bucket.name;
