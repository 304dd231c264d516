import { definePack } from "../../src";
import { ruleDocUrl } from "../../src/rule-ids";
import bigqueryDatasetCmek from "./bigquery/dataset-cmek";
import bigqueryDatasetNotPublic from "./bigquery/dataset-not-public";
import computeFirewallNoInternetAllPorts from "./compute/firewall-no-internet-all-ports";
import computeFirewallNoInternetDatabasePorts from "./compute/firewall-no-internet-database-ports";
import computeFirewallNoInternetRdp from "./compute/firewall-no-internet-rdp";
import computeFirewallNoInternetSsh from "./compute/firewall-no-internet-ssh";
import computeInstanceBlockProjectSshKeys from "./compute/instance-block-project-ssh-keys";
import computeInstanceConfidentialComputing from "./compute/instance-confidential-computing";
import computeInstanceNoDefaultServiceAccountFullAccess from "./compute/instance-no-default-service-account-full-access";
import computeInstanceNoDefaultServiceAccount from "./compute/instance-no-default-service-account";
import computeInstanceNoIpForwarding from "./compute/instance-no-ip-forwarding";
import computeInstanceNoPublicIp from "./compute/instance-no-public-ip";
import computeInstanceOsLogin from "./compute/instance-os-login";
import computeInstanceSerialPortDisabled from "./compute/instance-serial-port-disabled";
import computeInstanceShieldedVm from "./compute/instance-shielded-vm";
import computeNetworkNoDefault from "./compute/network-no-default";
import computeSubnetworkFlowLogs from "./compute/subnetwork-flow-logs";
import computeSubnetworkPrivateGoogleAccess from "./compute/subnetwork-private-google-access";
import containerClusterClientCertificateDisabled from "./container/cluster-client-certificate-disabled";
import containerClusterLegacyAbacDisabled from "./container/cluster-legacy-abac-disabled";
import containerClusterMasterAuthorizedNetworks from "./container/cluster-master-authorized-networks";
import containerClusterNetworkPolicy from "./container/cluster-network-policy";
import containerClusterPrivateNodes from "./container/cluster-private-nodes";
import containerClusterReleaseChannel from "./container/cluster-release-channel";
import containerClusterShieldedNodes from "./container/cluster-shielded-nodes";
import containerClusterWorkloadIdentity from "./container/cluster-workload-identity";
import containerNodePoolAutoUpgradeRepair from "./container/node-pool-auto-upgrade-repair";
import containerNodePoolSecureBoot from "./container/node-pool-secure-boot";
import iamNoPublicMembers from "./iam/no-public-members";
import kmsCryptoKeyRotation from "./kms/crypto-key-rotation";
import projectsAuditLogging from "./projects/audit-logging";
import projectsNoPrimitiveRolesForUsers from "./projects/no-primitive-roles-for-users";
import projectsNoServiceAccountAdminRoles from "./projects/no-service-account-admin-roles";
import projectsNoServiceAccountUserRoles from "./projects/no-service-account-user-roles";
import projectsSeparationOfDuties from "./projects/separation-of-duties";
import serviceaccountNoUserManagedKeys from "./serviceaccount/no-user-managed-keys";
import sqlInstanceBackupsEnabled from "./sql/instance-backups-enabled";
import sqlInstanceDeletionProtectionEnabled from "./sql/instance-deletion-protection-enabled";
import sqlInstanceNoPublicAuthorizedNetworks from "./sql/instance-no-public-authorized-networks";
import sqlInstanceNoPublicIp from "./sql/instance-no-public-ip";
import sqlInstanceSslRequired from "./sql/instance-ssl-required";
import sqlMysqlIamAuthenticationOn from "./sql/mysql-iam-authentication-on";
import sqlMysqlLocalInfileOff from "./sql/mysql-local-infile-off";
import sqlMysqlSkipShowDatabaseOn from "./sql/mysql-skip-show-database-on";
import sqlPostgresCloudsqlPgauditOn from "./sql/postgres-cloudsql-pgaudit-on";
import sqlPostgresIamAuthenticationOn from "./sql/postgres-iam-authentication-on";
import sqlPostgresLogConnectionsOn from "./sql/postgres-log-connections-on";
import sqlPostgresLogDisconnectionsOn from "./sql/postgres-log-disconnections-on";
import sqlPostgresLogErrorVerbosity from "./sql/postgres-log-error-verbosity";
import sqlPostgresLogMinDurationStatementDisabled from "./sql/postgres-log-min-duration-statement-disabled";
import sqlPostgresLogMinErrorStatement from "./sql/postgres-log-min-error-statement";
import sqlPostgresLogMinMessages from "./sql/postgres-log-min-messages";
import sqlPostgresLogStatement from "./sql/postgres-log-statement";
import sqlSqlserverContainedDatabaseAuthenticationOff from "./sql/sqlserver-contained-database-authentication-off";
import sqlSqlserverCrossDbOwnershipChainingOff from "./sql/sqlserver-cross-db-ownership-chaining-off";
import sqlSqlserverExternalScriptsOff from "./sql/sqlserver-external-scripts-off";
import sqlSqlserverRemoteAccessOff from "./sql/sqlserver-remote-access-off";
import sqlSqlserverTraceFlag3625On from "./sql/sqlserver-trace-flag-3625-on";
import sqlSqlserverUserConnectionsUnlimited from "./sql/sqlserver-user-connections-unlimited";
import sqlSqlserverUserOptionsUnset from "./sql/sqlserver-user-options-unset";
import storageBucketLogSinkRetentionLocked from "./storage/bucket-log-sink-retention-locked";
import storageBucketNoPublicAcl from "./storage/bucket-no-public-acl";
import storageBucketPublicAccessPrevention from "./storage/bucket-public-access-prevention";
import storageBucketUniformAccess from "./storage/bucket-uniform-access";

/** Security rules for Google Cloud on @pulumi/gcp v9. */
export const gcpSecurity = definePack({
    name: "gcp-security",
    version: "0.1.0",
    description:
        "Security rules for Google Cloud programs on @pulumi/gcp v9: public IAM members on every IAM resource kind, Cloud Storage, firewalls, instances and subnets, Cloud SQL and its database flags, GKE clusters and node pools, KMS rotation, service account keys and roles, BigQuery datasets and audit logging; mapped to CIS Google Cloud Platform Foundations v5.0.0.",
    rules: [
        bigqueryDatasetCmek,
        bigqueryDatasetNotPublic,
        computeFirewallNoInternetAllPorts,
        computeFirewallNoInternetDatabasePorts,
        computeFirewallNoInternetRdp,
        computeFirewallNoInternetSsh,
        computeInstanceBlockProjectSshKeys,
        computeInstanceConfidentialComputing,
        computeInstanceNoDefaultServiceAccountFullAccess,
        computeInstanceNoDefaultServiceAccount,
        computeInstanceNoIpForwarding,
        computeInstanceNoPublicIp,
        computeInstanceOsLogin,
        computeInstanceSerialPortDisabled,
        computeInstanceShieldedVm,
        computeNetworkNoDefault,
        computeSubnetworkFlowLogs,
        computeSubnetworkPrivateGoogleAccess,
        containerClusterClientCertificateDisabled,
        containerClusterLegacyAbacDisabled,
        containerClusterMasterAuthorizedNetworks,
        containerClusterNetworkPolicy,
        containerClusterPrivateNodes,
        containerClusterReleaseChannel,
        containerClusterShieldedNodes,
        containerClusterWorkloadIdentity,
        containerNodePoolAutoUpgradeRepair,
        containerNodePoolSecureBoot,
        iamNoPublicMembers,
        kmsCryptoKeyRotation,
        projectsAuditLogging,
        projectsNoPrimitiveRolesForUsers,
        projectsNoServiceAccountAdminRoles,
        projectsNoServiceAccountUserRoles,
        projectsSeparationOfDuties,
        serviceaccountNoUserManagedKeys,
        sqlInstanceBackupsEnabled,
        sqlInstanceDeletionProtectionEnabled,
        sqlInstanceNoPublicAuthorizedNetworks,
        sqlInstanceNoPublicIp,
        sqlInstanceSslRequired,
        sqlMysqlIamAuthenticationOn,
        sqlMysqlLocalInfileOff,
        sqlMysqlSkipShowDatabaseOn,
        sqlPostgresCloudsqlPgauditOn,
        sqlPostgresIamAuthenticationOn,
        sqlPostgresLogConnectionsOn,
        sqlPostgresLogDisconnectionsOn,
        sqlPostgresLogErrorVerbosity,
        sqlPostgresLogMinDurationStatementDisabled,
        sqlPostgresLogMinErrorStatement,
        sqlPostgresLogMinMessages,
        sqlPostgresLogStatement,
        sqlSqlserverContainedDatabaseAuthenticationOff,
        sqlSqlserverCrossDbOwnershipChainingOff,
        sqlSqlserverExternalScriptsOff,
        sqlSqlserverRemoteAccessOff,
        sqlSqlserverTraceFlag3625On,
        sqlSqlserverUserConnectionsUnlimited,
        sqlSqlserverUserOptionsUnset,
        storageBucketLogSinkRetentionLocked,
        storageBucketNoPublicAcl,
        storageBucketPublicAccessPrevention,
        storageBucketUniformAccess,
    ],
    docsUrl: ruleDocUrl,
});

export default gcpSecurity;
