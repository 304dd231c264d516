import { definePack } from "../../src";
import { ruleDocUrl } from "../../src/rule-ids";
import computeDiskPublicNetworkAccessDisabled from "./compute/disk-public-network-access-disabled";
import computeVmEncryptionAtHost from "./compute/vm-encryption-at-host";
import computeVmPasswordAuthenticationDisabled from "./compute/vm-password-authentication-disabled";
import containerserviceClusterApiServerRestricted from "./containerservice/cluster-api-server-restricted";
import containerserviceClusterEntraIntegration from "./containerservice/cluster-entra-integration";
import containerserviceClusterLocalAccountsDisabled from "./containerservice/cluster-local-accounts-disabled";
import containerserviceClusterNetworkPolicy from "./containerservice/cluster-network-policy";
import containerserviceClusterRbacEnabled from "./containerservice/cluster-rbac-enabled";
import cosmosdbAccountKeyBasedMetadataWriteDisabled from "./cosmosdb/account-key-based-metadata-write-disabled";
import cosmosdbAccountLocalAuthDisabled from "./cosmosdb/account-local-auth-disabled";
import cosmosdbAccountPublicNetworkAccessDisabled from "./cosmosdb/account-public-network-access-disabled";
import dbformysqlFirewallRuleNoInternet from "./dbformysql/firewall-rule-no-internet";
import dbformysqlServerPublicAccessDisabled from "./dbformysql/server-public-access-disabled";
import dbformysqlServerRequireSecureTransport from "./dbformysql/server-require-secure-transport";
import dbformysqlServerTlsVersion from "./dbformysql/server-tls-version";
import dbforpostgresqlFirewallRuleNoInternet from "./dbforpostgresql/firewall-rule-no-internet";
import dbforpostgresqlServerPublicAccessDisabled from "./dbforpostgresql/server-public-access-disabled";
import dbforpostgresqlServerRequireSecureTransport from "./dbforpostgresql/server-require-secure-transport";
import keyvaultKeyExpirationSet from "./keyvault/key-expiration-set";
import keyvaultSecretExpirationSet from "./keyvault/secret-expiration-set";
import keyvaultVaultNetworkDefaultDeny from "./keyvault/vault-network-default-deny";
import keyvaultVaultPurgeProtection from "./keyvault/vault-purge-protection";
import keyvaultVaultRbacAuthorization from "./keyvault/vault-rbac-authorization";
import keyvaultVaultSoftDelete from "./keyvault/vault-soft-delete";
import monitorDiagnosticSettingLogsEnabled from "./monitor/diagnostic-setting-logs-enabled";
import networkFlowLogRetention from "./network/flow-log-retention";
import networkSecurityGroupNoInternetAllPorts from "./network/security-group-no-internet-all-ports";
import networkSecurityGroupNoInternetDatabasePorts from "./network/security-group-no-internet-database-ports";
import networkSecurityGroupNoInternetRdp from "./network/security-group-no-internet-rdp";
import networkSecurityGroupNoInternetSsh from "./network/security-group-no-internet-ssh";
import securityDefenderPlanStandard from "./security/defender-plan-standard";
import securitySecurityContactNotifications from "./security/security-contact-notifications";
import sqlDatabaseTdeEnabled from "./sql/database-tde-enabled";
import sqlFirewallRuleNoInternet from "./sql/firewall-rule-no-internet";
import sqlServerAuditingEnabled from "./sql/server-auditing-enabled";
import sqlServerEntraAdmin from "./sql/server-entra-admin";
import sqlServerMinimumTls12 from "./sql/server-minimum-tls-1-2";
import sqlServerPublicNetworkAccessDisabled from "./sql/server-public-network-access-disabled";
import storageAccountCrossTenantReplicationDisabled from "./storage/account-cross-tenant-replication-disabled";
import storageAccountHttpsOnly from "./storage/account-https-only";
import storageAccountInfrastructureEncryption from "./storage/account-infrastructure-encryption";
import storageAccountMinimumTls12 from "./storage/account-minimum-tls-1-2";
import storageAccountNetworkDefaultDeny from "./storage/account-network-default-deny";
import storageAccountNoPublicBlobAccess from "./storage/account-no-public-blob-access";
import storageAccountSharedKeyDisabled from "./storage/account-shared-key-disabled";
import storageBlobContainerNoPublicAccess from "./storage/blob-container-no-public-access";
import storageBlobSoftDeleteEnabled from "./storage/blob-soft-delete-enabled";
import webAppFtpDisabled from "./web/app-ftp-disabled";
import webAppHttpsOnly from "./web/app-https-only";
import webAppManagedIdentity from "./web/app-managed-identity";
import webAppMinimumTls12 from "./web/app-minimum-tls-1-2";
import webAppRemoteDebuggingDisabled from "./web/app-remote-debugging-disabled";

/** Security rules for Azure on @pulumi/azure-native v3. */
export const azureSecurity = definePack({
    name: "azure-security",
    version: "0.1.0",
    description:
        "Security rules for Azure programs on @pulumi/azure-native v3: storage accounts, network security groups, Key Vault, SQL and PostgreSQL/MySQL flexible servers, Cosmos DB, AKS, App Service, virtual machines and disks, diagnostic settings and Defender plans; mapped to CIS Microsoft Azure Foundations v6.0.0 where the benchmark covers the setting.",
    rules: [
        computeDiskPublicNetworkAccessDisabled,
        computeVmEncryptionAtHost,
        computeVmPasswordAuthenticationDisabled,
        containerserviceClusterApiServerRestricted,
        containerserviceClusterEntraIntegration,
        containerserviceClusterLocalAccountsDisabled,
        containerserviceClusterNetworkPolicy,
        containerserviceClusterRbacEnabled,
        cosmosdbAccountKeyBasedMetadataWriteDisabled,
        cosmosdbAccountLocalAuthDisabled,
        cosmosdbAccountPublicNetworkAccessDisabled,
        dbformysqlFirewallRuleNoInternet,
        dbformysqlServerPublicAccessDisabled,
        dbformysqlServerRequireSecureTransport,
        dbformysqlServerTlsVersion,
        dbforpostgresqlFirewallRuleNoInternet,
        dbforpostgresqlServerPublicAccessDisabled,
        dbforpostgresqlServerRequireSecureTransport,
        keyvaultKeyExpirationSet,
        keyvaultSecretExpirationSet,
        keyvaultVaultNetworkDefaultDeny,
        keyvaultVaultPurgeProtection,
        keyvaultVaultRbacAuthorization,
        keyvaultVaultSoftDelete,
        monitorDiagnosticSettingLogsEnabled,
        networkFlowLogRetention,
        networkSecurityGroupNoInternetAllPorts,
        networkSecurityGroupNoInternetDatabasePorts,
        networkSecurityGroupNoInternetRdp,
        networkSecurityGroupNoInternetSsh,
        securityDefenderPlanStandard,
        securitySecurityContactNotifications,
        sqlDatabaseTdeEnabled,
        sqlFirewallRuleNoInternet,
        sqlServerAuditingEnabled,
        sqlServerEntraAdmin,
        sqlServerMinimumTls12,
        sqlServerPublicNetworkAccessDisabled,
        storageAccountCrossTenantReplicationDisabled,
        storageAccountHttpsOnly,
        storageAccountInfrastructureEncryption,
        storageAccountMinimumTls12,
        storageAccountNetworkDefaultDeny,
        storageAccountNoPublicBlobAccess,
        storageAccountSharedKeyDisabled,
        storageBlobContainerNoPublicAccess,
        storageBlobSoftDeleteEnabled,
        webAppFtpDisabled,
        webAppHttpsOnly,
        webAppManagedIdentity,
        webAppMinimumTls12,
        webAppRemoteDebuggingDisabled,
    ],
    docsUrl: ruleDocUrl,
});

export default azureSecurity;
