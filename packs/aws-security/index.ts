import { definePack } from "../../src";
import { ruleDocUrl } from "../../src/rule-ids";
import accessanalyzerAnalyzerEnabled from "./accessanalyzer/analyzer-enabled";
import apigatewayDomainNameTls from "./apigateway/domain-name-tls-1-2";
import apigatewayRestApiPolicyNotPublic from "./apigateway/rest-api-policy-not-public";
import apigatewayStageAccessLogging from "./apigateway/stage-access-logging";
import apigatewayStageCacheEncrypted from "./apigateway/stage-cache-encrypted";
import apigatewayStageExecutionLogging from "./apigateway/stage-execution-logging";
import apigatewayStageWaf from "./apigateway/stage-waf";
import apigatewayStageXrayTracing from "./apigateway/stage-xray-tracing";
import apigatewayv2RouteAuthorization from "./apigatewayv2/route-authorization";
import apigatewayv2StageAccessLogging from "./apigatewayv2/stage-access-logging";
import athenaDatabaseEncrypted from "./athena/database-encrypted";
import athenaWorkgroupEncrypted from "./athena/workgroup-encrypted";
import athenaWorkgroupEnforceConfiguration from "./athena/workgroup-enforce-configuration";
import cfgRecorderEnabled from "./cfg/recorder-enabled";
import cloudfrontDistributionAccessLogging from "./cloudfront/distribution-access-logging";
import cloudfrontDistributionDefaultRootObject from "./cloudfront/distribution-default-root-object";
import cloudfrontDistributionOriginTls from "./cloudfront/distribution-origin-tls";
import cloudfrontDistributionWaf from "./cloudfront/distribution-waf";
import cloudfrontMinimumTlsVersion from "./cloudfront/minimum-tls-version";
import cloudfrontS3OriginAccessControl from "./cloudfront/s3-origin-access-control";
import cloudfrontViewerHttpsOnly from "./cloudfront/viewer-https-only";
import cloudtrailCloudwatchLogs from "./cloudtrail/cloudwatch-logs";
import cloudtrailKmsEncryption from "./cloudtrail/kms-encryption";
import cloudtrailLogFileValidation from "./cloudtrail/log-file-validation";
import cloudtrailMultiRegion from "./cloudtrail/multi-region";
import cloudtrailS3ObjectLogging from "./cloudtrail/s3-object-logging";
import cloudwatchLogGroupKmsEncryption from "./cloudwatch/log-group-kms-encryption";
import cloudwatchLogGroupRetention from "./cloudwatch/log-group-retention";
import codebuildProjectEnvironmentNoCredentials from "./codebuild/project-environment-no-credentials";
import codebuildProjectLoggingEnabled from "./codebuild/project-logging-enabled";
import codebuildProjectNoPrivilegedMode from "./codebuild/project-no-privileged-mode";
import codebuildProjectS3LogsEncrypted from "./codebuild/project-s3-logs-encrypted";
import codebuildProjectSourceNoCredentials from "./codebuild/project-source-no-credentials";
import daxClusterEncrypted from "./dax/cluster-encrypted";
import daxClusterEncryptedInTransit from "./dax/cluster-encrypted-in-transit";
import dmsReplicationInstanceNotPublic from "./dms/replication-instance-not-public";
import docdbClusterAuditLogging from "./docdb/cluster-audit-logging";
import docdbClusterBackupRetention from "./docdb/cluster-backup-retention";
import docdbClusterDeletionProtection from "./docdb/cluster-deletion-protection";
import docdbClusterEncrypted from "./docdb/cluster-encrypted";
import dynamodbCustomerManagedKey from "./dynamodb/customer-managed-key";
import dynamodbPointInTimeRecovery from "./dynamodb/point-in-time-recovery";
import dynamodbTableDeletionProtection from "./dynamodb/table-deletion-protection";
import ebsEncryptionByDefaultEnabled from "./ebs/encryption-by-default-enabled";
import ebsSnapshotBlockPublicAccess from "./ebs/snapshot-block-public-access";
import ebsVolumeCustomerManagedKey from "./ebs/volume-customer-managed-key";
import ebsVolumeEncrypted from "./ebs/volume-encrypted";
import ec2ImdsHopLimit from "./ec2/imds-hop-limit";
import ec2Imdsv2Required from "./ec2/imdsv2-required";
import ec2InstanceEbsEncrypted from "./ec2/instance-ebs-encrypted";
import ec2LaunchTemplateEbsEncrypted from "./ec2/launch-template-ebs-encrypted";
import ec2NoPublicIp from "./ec2/instance-no-public-ip";
import ec2SecurityGroupNoPublicAllPorts from "./ec2/security-group-no-public-all-ports";
import ec2SecurityGroupNoPublicDatabasePorts from "./ec2/security-group-no-public-database-ports";
import ec2SecurityGroupNoPublicHighRiskPorts from "./ec2/security-group-no-public-high-risk-ports";
import ec2SecurityGroupNoPublicSshRdp from "./ec2/security-group-no-public-ssh-rdp";
import ec2UserDataNoCredentials from "./ec2/user-data-no-credentials";
import ecrImmutableTags from "./ecr/repository-immutable-tags";
import ecrRepositoryCustomerManagedKey from "./ecr/repository-customer-managed-key";
import ecrRepositoryPolicyNotPublic from "./ecr/repository-policy-not-public";
import ecrScanOnPush from "./ecr/repository-scan-on-push";
import ecsTaskDefinitionEnvironmentNoCredentials from "./ecs/task-definition-environment-no-credentials";
import ecsTaskDefinitionHostNetworkNonRoot from "./ecs/task-definition-host-network-non-root";
import ecsTaskDefinitionLoggingConfigured from "./ecs/task-definition-logging-configured";
import ecsTaskDefinitionNoHostPid from "./ecs/task-definition-no-host-pid";
import ecsTaskDefinitionNoPrivilegedContainers from "./ecs/task-definition-no-privileged-containers";
import ecsTaskDefinitionReadOnlyRootFilesystem from "./ecs/task-definition-read-only-root-filesystem";
import efsAccessPointPosixUser from "./efs/access-point-posix-user";
import efsAccessPointRootDirectory from "./efs/access-point-root-directory";
import efsFileSystemBackupPolicy from "./efs/file-system-backup-policy";
import efsFileSystemEncrypted from "./efs/file-system-encrypted";
import eksControlPlaneLogging from "./eks/cluster-control-plane-logging";
import eksEndpointNotPublic from "./eks/cluster-endpoint-not-public";
import eksNodeGroupNoPublicRemoteAccess from "./eks/node-group-no-public-remote-access";
import eksSecretsEncryption from "./eks/cluster-secrets-encryption";
import elasticacheAutomaticBackups from "./elasticache/automatic-backups";
import elasticacheAutoMinorVersionUpgrade from "./elasticache/auto-minor-version-upgrade";
import elasticacheRedisAuth from "./elasticache/redis-auth";
import elasticacheReplicationGroupEncryptedAtRest from "./elasticache/replication-group-encrypted-at-rest";
import elasticacheReplicationGroupEncryptedInTransit from "./elasticache/replication-group-encrypted-in-transit";
import elbAccessLogsEnabled from "./elb/access-logs-enabled";
import elbAlbDesyncMitigation from "./elb/alb-desync-mitigation";
import elbAlbDropInvalidHeaders from "./elb/alb-drop-invalid-headers";
import elbListenerTlsPolicy from "./elb/listener-tls-policy";
import elbListenerUsesTls from "./elb/listener-uses-tls";
import elbLoadBalancerDeletionProtection from "./elb/load-balancer-deletion-protection";
import emrBlockPublicAccess from "./emr/block-public-access";
import glueDataCatalogEncrypted from "./glue/data-catalog-encrypted";
import glueSecurityConfigurationEncrypted from "./glue/security-configuration-encrypted";
import guarddutyDetectorEnabled from "./guardduty/detector-enabled";
import iamNoAccessKeys from "./iam/no-access-keys";
import iamNoAllowNotactionOnAllResources from "./iam/no-allow-notaction-on-all-resources";
import iamNoServiceWildcardActions from "./iam/no-service-wildcard-actions";
import iamNoUserInlinePolicies from "./iam/no-user-inline-policies";
import iamNoUserPolicyAttachments from "./iam/no-user-policy-attachments";
import iamNoWildcardAdminPolicy from "./iam/no-wildcard-admin-policy";
import iamPasswordPolicyStrength from "./iam/password-policy-strength";
import kinesisStreamEncrypted from "./kinesis/stream-encrypted";
import kmsKeyNoBypassPolicyLockoutCheck from "./kms/key-no-bypass-policy-lockout-check";
import kmsKeyPolicyNotPublic from "./kms/key-policy-not-public";
import kmsKeyRotationEnabled from "./kms/key-rotation-enabled";
import lambdaFunctionEnvironmentNoCredentials from "./lambda/function-environment-no-credentials";
import lambdaFunctionTracing from "./lambda/function-tracing";
import lambdaFunctionUrlAuth from "./lambda/function-url-auth-required";
import lambdaPermissionNoPublicInvoke from "./lambda/permission-no-public-invoke";
import lambdaPermissionSourceRestricted from "./lambda/permission-source-restricted";
import lambdaRuntimeNotDeprecated from "./lambda/runtime-not-deprecated";
import mqBrokerAuditLogging from "./mq/broker-audit-logging";
import mqBrokerNotPublic from "./mq/broker-not-public";
import mskClusterEncryptedInTransit from "./msk/cluster-encrypted-in-transit";
import mskClusterNoPublicAccess from "./msk/cluster-no-public-access";
import neptuneClusterAuditLogging from "./neptune/cluster-audit-logging";
import neptuneClusterBackupRetention from "./neptune/cluster-backup-retention";
import neptuneClusterDeletionProtection from "./neptune/cluster-deletion-protection";
import neptuneClusterEncrypted from "./neptune/cluster-encrypted";
import opensearchDomainAuditLogging from "./opensearch/domain-audit-logging";
import opensearchDomainFineGrainedAccessControl from "./opensearch/domain-fine-grained-access-control";
import opensearchDomainLogging from "./opensearch/domain-logging";
import opensearchDomainPolicyNotPublic from "./opensearch/domain-policy-not-public";
import opensearchEncryptedAtRest from "./opensearch/encrypted-at-rest";
import opensearchHttpsTlsPolicy from "./opensearch/https-tls-policy";
import opensearchInVpc from "./opensearch/in-vpc";
import opensearchNodeToNodeEncryption from "./opensearch/node-to-node-encryption";
import rdsAutoMinorVersionUpgrade from "./rds/auto-minor-version-upgrade";
import rdsBackupRetention from "./rds/backup-retention";
import rdsCloudwatchLogsExports from "./rds/cloudwatch-logs-exports";
import rdsCopyTagsToSnapshots from "./rds/copy-tags-to-snapshots";
import rdsDeletionProtection from "./rds/deletion-protection";
import rdsEnhancedMonitoring from "./rds/enhanced-monitoring";
import rdsIamAuthentication from "./rds/iam-authentication";
import rdsMultiAz from "./rds/multi-az";
import rdsNoDefaultAdminUsername from "./rds/no-default-admin-username";
import rdsNotPubliclyAccessible from "./rds/not-publicly-accessible";
import rdsPerformanceInsightsKmsKey from "./rds/performance-insights-kms-key";
import rdsSnapshotNotPublic from "./rds/snapshot-not-public";
import rdsStorageCustomerManagedKey from "./rds/storage-customer-managed-key";
import rdsStorageEncrypted from "./rds/storage-encrypted";
import redshiftClusterAuditLogging from "./redshift/cluster-audit-logging";
import redshiftClusterAutomaticSnapshots from "./redshift/cluster-automatic-snapshots";
import redshiftClusterEncrypted from "./redshift/cluster-encrypted";
import redshiftClusterNotPublic from "./redshift/cluster-not-public";
import redshiftClusterRequireTls from "./redshift/cluster-require-tls";
import s3AccessLogging from "./s3/bucket-access-logging";
import s3AccessPointPublicAccessBlock from "./s3/access-point-public-access-block";
import s3AccountPublicAccessBlock from "./s3/account-public-access-block";
import s3BucketKeyEnabled from "./s3/bucket-key-enabled";
import s3BucketMfaDeleteEnabled from "./s3/bucket-mfa-delete-enabled";
import s3BucketPolicyNoPublicAccess from "./s3/bucket-policy-no-public-access";
import s3BucketReplicationEnabled from "./s3/bucket-replication-enabled";
import s3DefaultEncryption from "./s3/bucket-default-encryption";
import s3EncryptionUsesKms from "./s3/bucket-encryption-uses-kms";
import s3NoPublicAcl from "./s3/no-public-acl";
import s3ObjectOwnershipEnforced from "./s3/bucket-object-ownership-enforced";
import s3PublicAccessBlock from "./s3/bucket-public-access-block";
import s3RequireTls from "./s3/bucket-require-tls";
import s3VersioningEnabled from "./s3/bucket-versioning-enabled";
import sagemakerNotebookInVpc from "./sagemaker/notebook-in-vpc";
import sagemakerNotebookKmsEncryption from "./sagemaker/notebook-kms-encryption";
import sagemakerNotebookNoDirectInternetAccess from "./sagemaker/notebook-no-direct-internet-access";
import sagemakerNotebookRootAccessDisabled from "./sagemaker/notebook-root-access-disabled";
import secretsmanagerSecretCustomerManagedKey from "./secretsmanager/secret-customer-managed-key";
import secretsmanagerSecretPolicyNotPublic from "./secretsmanager/secret-policy-not-public";
import secretsmanagerSecretRotation from "./secretsmanager/secret-rotation";
import securityhubEnabled from "./securityhub/enabled";
import sfnStateMachineLogging from "./sfn/state-machine-logging";
import snsTopicEncrypted from "./sns/topic-encrypted";
import snsTopicPolicyNotPublic from "./sns/topic-policy-not-public";
import sqsQueueEncrypted from "./sqs/queue-encrypted";
import sqsQueuePolicyNotPublic from "./sqs/queue-policy-not-public";
import ssmDocumentNotPublic from "./ssm/document-not-public";
import vpcDefaultSecurityGroupNoRules from "./vpc/default-security-group-no-rules";
import vpcFlowLogsEnabled from "./vpc/flow-logs-enabled";
import vpcNetworkAclNoPublicAdminPorts from "./vpc/network-acl-no-public-admin-ports";
import vpcSubnetNoAutoPublicIp from "./vpc/subnet-no-auto-public-ip";
import workspacesWorkspaceVolumesEncrypted from "./workspaces/workspace-volumes-encrypted";

/** Security rules for AWS resources (provider v7). */
export const awsSecurity = definePack({
    name: "aws-security",
    version: "0.3.0",
    description: "Security rules for AWS resources (provider v7).",
    docsUrl: ruleDocUrl,
    rules: [
        accessanalyzerAnalyzerEnabled,
        apigatewayDomainNameTls,
        apigatewayRestApiPolicyNotPublic,
        apigatewayStageAccessLogging,
        apigatewayStageCacheEncrypted,
        apigatewayStageExecutionLogging,
        apigatewayStageWaf,
        apigatewayStageXrayTracing,
        apigatewayv2RouteAuthorization,
        apigatewayv2StageAccessLogging,
        athenaDatabaseEncrypted,
        athenaWorkgroupEncrypted,
        athenaWorkgroupEnforceConfiguration,
        cfgRecorderEnabled,
        cloudfrontDistributionAccessLogging,
        cloudfrontDistributionDefaultRootObject,
        cloudfrontDistributionOriginTls,
        cloudfrontDistributionWaf,
        cloudfrontMinimumTlsVersion,
        cloudfrontS3OriginAccessControl,
        cloudfrontViewerHttpsOnly,
        cloudtrailCloudwatchLogs,
        cloudtrailKmsEncryption,
        cloudtrailLogFileValidation,
        cloudtrailMultiRegion,
        cloudtrailS3ObjectLogging,
        cloudwatchLogGroupKmsEncryption,
        cloudwatchLogGroupRetention,
        codebuildProjectEnvironmentNoCredentials,
        codebuildProjectLoggingEnabled,
        codebuildProjectNoPrivilegedMode,
        codebuildProjectS3LogsEncrypted,
        codebuildProjectSourceNoCredentials,
        daxClusterEncrypted,
        daxClusterEncryptedInTransit,
        dmsReplicationInstanceNotPublic,
        docdbClusterAuditLogging,
        docdbClusterBackupRetention,
        docdbClusterDeletionProtection,
        docdbClusterEncrypted,
        dynamodbCustomerManagedKey,
        dynamodbPointInTimeRecovery,
        dynamodbTableDeletionProtection,
        ebsEncryptionByDefaultEnabled,
        ebsSnapshotBlockPublicAccess,
        ebsVolumeCustomerManagedKey,
        ebsVolumeEncrypted,
        ec2ImdsHopLimit,
        ec2Imdsv2Required,
        ec2InstanceEbsEncrypted,
        ec2LaunchTemplateEbsEncrypted,
        ec2NoPublicIp,
        ec2SecurityGroupNoPublicAllPorts,
        ec2SecurityGroupNoPublicDatabasePorts,
        ec2SecurityGroupNoPublicHighRiskPorts,
        ec2SecurityGroupNoPublicSshRdp,
        ec2UserDataNoCredentials,
        ecrImmutableTags,
        ecrRepositoryCustomerManagedKey,
        ecrRepositoryPolicyNotPublic,
        ecrScanOnPush,
        ecsTaskDefinitionEnvironmentNoCredentials,
        ecsTaskDefinitionHostNetworkNonRoot,
        ecsTaskDefinitionLoggingConfigured,
        ecsTaskDefinitionNoHostPid,
        ecsTaskDefinitionNoPrivilegedContainers,
        ecsTaskDefinitionReadOnlyRootFilesystem,
        efsAccessPointPosixUser,
        efsAccessPointRootDirectory,
        efsFileSystemBackupPolicy,
        efsFileSystemEncrypted,
        eksControlPlaneLogging,
        eksEndpointNotPublic,
        eksNodeGroupNoPublicRemoteAccess,
        eksSecretsEncryption,
        elasticacheAutomaticBackups,
        elasticacheAutoMinorVersionUpgrade,
        elasticacheRedisAuth,
        elasticacheReplicationGroupEncryptedAtRest,
        elasticacheReplicationGroupEncryptedInTransit,
        elbAccessLogsEnabled,
        elbAlbDesyncMitigation,
        elbAlbDropInvalidHeaders,
        elbListenerTlsPolicy,
        elbListenerUsesTls,
        elbLoadBalancerDeletionProtection,
        emrBlockPublicAccess,
        glueDataCatalogEncrypted,
        glueSecurityConfigurationEncrypted,
        guarddutyDetectorEnabled,
        iamNoAccessKeys,
        iamNoAllowNotactionOnAllResources,
        iamNoServiceWildcardActions,
        iamNoUserInlinePolicies,
        iamNoUserPolicyAttachments,
        iamNoWildcardAdminPolicy,
        iamPasswordPolicyStrength,
        kinesisStreamEncrypted,
        kmsKeyNoBypassPolicyLockoutCheck,
        kmsKeyPolicyNotPublic,
        kmsKeyRotationEnabled,
        lambdaFunctionEnvironmentNoCredentials,
        lambdaFunctionTracing,
        lambdaFunctionUrlAuth,
        lambdaPermissionNoPublicInvoke,
        lambdaPermissionSourceRestricted,
        lambdaRuntimeNotDeprecated,
        mqBrokerAuditLogging,
        mqBrokerNotPublic,
        mskClusterEncryptedInTransit,
        mskClusterNoPublicAccess,
        neptuneClusterAuditLogging,
        neptuneClusterBackupRetention,
        neptuneClusterDeletionProtection,
        neptuneClusterEncrypted,
        opensearchDomainAuditLogging,
        opensearchDomainFineGrainedAccessControl,
        opensearchDomainLogging,
        opensearchDomainPolicyNotPublic,
        opensearchEncryptedAtRest,
        opensearchHttpsTlsPolicy,
        opensearchInVpc,
        opensearchNodeToNodeEncryption,
        rdsAutoMinorVersionUpgrade,
        rdsBackupRetention,
        rdsCloudwatchLogsExports,
        rdsCopyTagsToSnapshots,
        rdsDeletionProtection,
        rdsEnhancedMonitoring,
        rdsIamAuthentication,
        rdsMultiAz,
        rdsNoDefaultAdminUsername,
        rdsNotPubliclyAccessible,
        rdsPerformanceInsightsKmsKey,
        rdsSnapshotNotPublic,
        rdsStorageCustomerManagedKey,
        rdsStorageEncrypted,
        redshiftClusterAuditLogging,
        redshiftClusterAutomaticSnapshots,
        redshiftClusterEncrypted,
        redshiftClusterNotPublic,
        redshiftClusterRequireTls,
        s3AccessLogging,
        s3AccessPointPublicAccessBlock,
        s3AccountPublicAccessBlock,
        s3BucketKeyEnabled,
        s3BucketMfaDeleteEnabled,
        s3BucketPolicyNoPublicAccess,
        s3BucketReplicationEnabled,
        s3DefaultEncryption,
        s3EncryptionUsesKms,
        s3NoPublicAcl,
        s3ObjectOwnershipEnforced,
        s3PublicAccessBlock,
        s3RequireTls,
        s3VersioningEnabled,
        sagemakerNotebookInVpc,
        sagemakerNotebookKmsEncryption,
        sagemakerNotebookNoDirectInternetAccess,
        sagemakerNotebookRootAccessDisabled,
        secretsmanagerSecretCustomerManagedKey,
        secretsmanagerSecretPolicyNotPublic,
        secretsmanagerSecretRotation,
        securityhubEnabled,
        sfnStateMachineLogging,
        snsTopicEncrypted,
        snsTopicPolicyNotPublic,
        sqsQueueEncrypted,
        sqsQueuePolicyNotPublic,
        ssmDocumentNotPublic,
        vpcDefaultSecurityGroupNoRules,
        vpcFlowLogsEnabled,
        vpcNetworkAclNoPublicAdminPorts,
        vpcSubnetNoAutoPublicIp,
        workspacesWorkspaceVolumesEncrypted,
    ],
});

export default awsSecurity;
