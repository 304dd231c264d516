import * as pulumi from "@pulumi/pulumi";
import * as resources from "@pulumi/azure-native/resources";
import * as storage from "@pulumi/azure-native/storage";
import * as network from "@pulumi/azure-native/network";
import * as keyvault from "@pulumi/azure-native/keyvault";
import * as dbforpostgresql from "@pulumi/azure-native/dbforpostgresql";
import * as web from "@pulumi/azure-native/web";

// A first deployment that "just works": old TLS allowed everywhere, a public container for
// uploads, SSH and PostgreSQL open to the internet, a Key Vault that can be purged at once, and a
// database firewall rule spanning every address.
const config = new pulumi.Config();
const appName = config.require("appName");
const tenantId = "00000000-0000-0000-0000-000000000000";

const group = new resources.ResourceGroup("rg", { resourceGroupName: `${appName}-rg` });

const account = new storage.StorageAccount("data", {
    resourceGroupName: group.name,
    kind: storage.Kind.StorageV2,
    sku: { name: storage.SkuName.Standard_LRS },
    enableHttpsTrafficOnly: false,
    minimumTlsVersion: storage.MinimumTlsVersion.TLS1_0,
    allowBlobPublicAccess: true,
});

new storage.BlobContainer("uploads", {
    resourceGroupName: group.name,
    accountName: account.name,
    publicAccess: storage.PublicAccess.Container,
});

new network.NetworkSecurityGroup("app-nsg", {
    resourceGroupName: group.name,
    securityRules: [
        { name: "ssh", priority: 100, direction: "Inbound", access: "Allow", protocol: "Tcp", sourceAddressPrefix: "*", sourcePortRange: "*", destinationAddressPrefix: "*", destinationPortRange: "22" },
        { name: "postgres", priority: 110, direction: "Inbound", access: "Allow", protocol: "Tcp", sourceAddressPrefix: "Internet", sourcePortRange: "*", destinationAddressPrefix: "*", destinationPortRange: "5432" },
    ],
});

new keyvault.Vault("secrets", {
    resourceGroupName: group.name,
    properties: { tenantId, sku: { family: "A", name: "standard" }, enableSoftDelete: false, accessPolicies: [] },
});

const db = new dbforpostgresql.Server("db", {
    resourceGroupName: group.name,
    version: "16",
    administratorLogin: "orders_admin",
    administratorLoginPassword: config.getSecret("dbPassword") ?? pulumi.secret("change-me-please-1"),
    sku: { name: "Standard_B1ms", tier: "Burstable" },
    storage: { storageSizeGB: 32 },
});

new dbforpostgresql.FirewallRule("everyone", {
    resourceGroupName: group.name,
    serverName: db.name,
    startIpAddress: "0.0.0.0",
    endIpAddress: "255.255.255.255",
});

new dbforpostgresql.Configuration("no-tls", {
    resourceGroupName: group.name,
    serverName: db.name,
    configurationName: "require_secure_transport",
    value: "off",
    source: "user-override",
});

const plan = new web.AppServicePlan("plan", { resourceGroupName: group.name, kind: "linux", reserved: true, sku: { name: "B1", tier: "Basic" } });

new web.WebApp("app", {
    resourceGroupName: group.name,
    serverFarmId: plan.id,
    httpsOnly: false,
    siteConfig: { minTlsVersion: web.SupportedTlsVersions.SupportedTlsVersions_1_0, linuxFxVersion: "NODE|20-lts" },
});

export const storageAccount = account.name;
