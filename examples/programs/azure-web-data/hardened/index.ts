import * as pulumi from "@pulumi/pulumi";
import * as resources from "@pulumi/azure-native/resources";
import * as storage from "@pulumi/azure-native/storage";
import * as network from "@pulumi/azure-native/network";
import * as keyvault from "@pulumi/azure-native/keyvault";
import * as dbforpostgresql from "@pulumi/azure-native/dbforpostgresql";
import * as web from "@pulumi/azure-native/web";

// The same application, hardened: HTTPS and TLS 1.2 only, no public blobs, shared keys off and
// the account closed to the internet, SSH only from the office range, a purge-protected RBAC Key
// Vault, a private PostgreSQL server, and an App Service app with a managed identity.
const config = new pulumi.Config();
const appName = config.require("appName");
const tenantId = "00000000-0000-0000-0000-000000000000";
const tags = { owner: "orders-team", environment: "dev", "cost-center": "cc-1042" };

const group = new resources.ResourceGroup("rg", { resourceGroupName: `${appName}-rg`, tags });

const account = new storage.StorageAccount("data", {
    resourceGroupName: group.name,
    kind: storage.Kind.StorageV2,
    sku: { name: storage.SkuName.Standard_ZRS },
    enableHttpsTrafficOnly: true,
    minimumTlsVersion: storage.MinimumTlsVersion.TLS1_2,
    allowBlobPublicAccess: false,
    allowSharedKeyAccess: false,
    allowCrossTenantReplication: false,
    encryption: { requireInfrastructureEncryption: true, keySource: storage.KeySource.Microsoft_Storage, services: { blob: { enabled: true } } },
    networkRuleSet: { defaultAction: storage.DefaultAction.Deny, bypass: storage.Bypass.AzureServices },
    tags,
});

new storage.BlobContainer("uploads", { resourceGroupName: group.name, accountName: account.name, publicAccess: storage.PublicAccess.None });

new network.NetworkSecurityGroup("app-nsg", {
    resourceGroupName: group.name,
    securityRules: [
        { name: "ssh-office", priority: 100, direction: "Inbound", access: "Allow", protocol: "Tcp", sourceAddressPrefix: "203.0.113.0/24", sourcePortRange: "*", destinationAddressPrefix: "*", destinationPortRange: "22" },
    ],
    tags,
});

new keyvault.Vault("secrets", {
    resourceGroupName: group.name,
    properties: {
        tenantId,
        sku: { family: "A", name: "standard" },
        enableSoftDelete: true,
        enablePurgeProtection: true,
        enableRbacAuthorization: true,
        networkAcls: { defaultAction: "Deny", bypass: "AzureServices" },
    },
    tags,
});

new dbforpostgresql.Server("db", {
    resourceGroupName: group.name,
    version: "16",
    administratorLogin: "orders_admin",
    administratorLoginPassword: config.getSecret("dbPassword") ?? pulumi.secret("change-me-please-1"),
    sku: { name: "Standard_D2ds_v5", tier: "GeneralPurpose" },
    storage: { storageSizeGB: 64 },
    network: { publicNetworkAccess: "Disabled" },
    tags,
});

const plan = new web.AppServicePlan("plan", { resourceGroupName: group.name, kind: "linux", reserved: true, sku: { name: "P1v3", tier: "PremiumV3" }, tags });

new web.WebApp("app", {
    resourceGroupName: group.name,
    serverFarmId: plan.id,
    httpsOnly: true,
    identity: { type: web.ManagedServiceIdentityType.SystemAssigned },
    siteConfig: { minTlsVersion: web.SupportedTlsVersions.SupportedTlsVersions_1_2, ftpsState: web.FtpsState.Disabled, linuxFxVersion: "NODE|20-lts" },
    tags,
});

export const storageAccount = account.name;
