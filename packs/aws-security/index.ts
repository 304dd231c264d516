import { definePack } from "../../src";
import { ruleDocUrl } from "../../src/rule-ids";
import apigatewayDomainNameTls from "./apigateway/domain-name-tls-1-2";
import apigatewayStageAccessLogging from "./apigateway/stage-access-logging";
import cloudfrontMinimumTlsVersion from "./cloudfront/minimum-tls-version";
import cloudfrontS3OriginAccessControl from "./cloudfront/s3-origin-access-control";
import cloudfrontViewerHttpsOnly from "./cloudfront/viewer-https-only";
import cloudtrailCloudwatchLogs from "./cloudtrail/cloudwatch-logs";
import cloudtrailKmsEncryption from "./cloudtrail/kms-encryption";
import cloudtrailLogFileValidation from "./cloudtrail/log-file-validation";
import cloudtrailMultiRegion from "./cloudtrail/multi-region";
import cloudwatchLogGroupKmsEncryption from "./cloudwatch/log-group-kms-encryption";
import cloudwatchLogGroupRetention from "./cloudwatch/log-group-retention";
import dynamodbCustomerManagedKey from "./dynamodb/customer-managed-key";
import dynamodbPointInTimeRecovery from "./dynamodb/point-in-time-recovery";
import ebsEncryptionByDefaultEnabled from "./ebs/encryption-by-default-enabled";
import ebsVolumeEncrypted from "./ebs/volume-encrypted";
import ec2Imdsv2Required from "./ec2/imdsv2-required";
import ec2InstanceEbsEncrypted from "./ec2/instance-ebs-encrypted";
import ec2LaunchTemplateEbsEncrypted from "./ec2/launch-template-ebs-encrypted";
import ec2NoPublicIp from "./ec2/instance-no-public-ip";
import ec2SecurityGroupNoPublicAllPorts from "./ec2/security-group-no-public-all-ports";
import ec2SecurityGroupNoPublicDatabasePorts from "./ec2/security-group-no-public-database-ports";
import ec2SecurityGroupNoPublicSshRdp from "./ec2/security-group-no-public-ssh-rdp";
import ecrImmutableTags from "./ecr/repository-immutable-tags";
import ecrRepositoryPolicyNotPublic from "./ecr/repository-policy-not-public";
import ecrScanOnPush from "./ecr/repository-scan-on-push";
import eksControlPlaneLogging from "./eks/cluster-control-plane-logging";
import eksEndpointNotPublic from "./eks/cluster-endpoint-not-public";
import eksSecretsEncryption from "./eks/cluster-secrets-encryption";
import elasticacheReplicationGroupEncryptedAtRest from "./elasticache/replication-group-encrypted-at-rest";
import elasticacheReplicationGroupEncryptedInTransit from "./elasticache/replication-group-encrypted-in-transit";
import elbAccessLogsEnabled from "./elb/access-logs-enabled";
import elbAlbDropInvalidHeaders from "./elb/alb-drop-invalid-headers";
import elbListenerTlsPolicy from "./elb/listener-tls-policy";
import elbListenerUsesTls from "./elb/listener-uses-tls";
import iamNoAccessKeys from "./iam/no-access-keys";
import iamNoAllowNotactionOnAllResources from "./iam/no-allow-notaction-on-all-resources";
import iamNoServiceWildcardActions from "./iam/no-service-wildcard-actions";
import iamNoUserInlinePolicies from "./iam/no-user-inline-policies";
import iamNoUserPolicyAttachments from "./iam/no-user-policy-attachments";
import iamNoWildcardAdminPolicy from "./iam/no-wildcard-admin-policy";
import iamPasswordPolicyStrength from "./iam/password-policy-strength";
import kmsKeyRotationEnabled from "./kms/key-rotation-enabled";
import lambdaFunctionUrlAuth from "./lambda/function-url-auth-required";
import lambdaPermissionNoPublicInvoke from "./lambda/permission-no-public-invoke";
import lambdaRuntimeNotDeprecated from "./lambda/runtime-not-deprecated";
import opensearchEncryptedAtRest from "./opensearch/encrypted-at-rest";
import opensearchHttpsTlsPolicy from "./opensearch/https-tls-policy";
import opensearchInVpc from "./opensearch/in-vpc";
import opensearchNodeToNodeEncryption from "./opensearch/node-to-node-encryption";
import rdsAutoMinorVersionUpgrade from "./rds/auto-minor-version-upgrade";
import rdsBackupRetention from "./rds/backup-retention";
import rdsDeletionProtection from "./rds/deletion-protection";
import rdsIamAuthentication from "./rds/iam-authentication";
import rdsNotPubliclyAccessible from "./rds/not-publicly-accessible";
import rdsPerformanceInsightsKmsKey from "./rds/performance-insights-kms-key";
import rdsStorageEncrypted from "./rds/storage-encrypted";
import s3AccessLogging from "./s3/bucket-access-logging";
import s3BucketPolicyNoPublicAccess from "./s3/bucket-policy-no-public-access";
import s3DefaultEncryption from "./s3/bucket-default-encryption";
import s3EncryptionUsesKms from "./s3/bucket-encryption-uses-kms";
import s3NoPublicAcl from "./s3/no-public-acl";
import s3ObjectOwnershipEnforced from "./s3/bucket-object-ownership-enforced";
import s3PublicAccessBlock from "./s3/bucket-public-access-block";
import s3RequireTls from "./s3/bucket-require-tls";
import s3VersioningEnabled from "./s3/bucket-versioning-enabled";
import secretsmanagerSecretRotation from "./secretsmanager/secret-rotation";
import snsTopicEncrypted from "./sns/topic-encrypted";
import snsTopicPolicyNotPublic from "./sns/topic-policy-not-public";
import sqsQueueEncrypted from "./sqs/queue-encrypted";
import sqsQueuePolicyNotPublic from "./sqs/queue-policy-not-public";
import vpcDefaultSecurityGroupNoRules from "./vpc/default-security-group-no-rules";
import vpcFlowLogsEnabled from "./vpc/flow-logs-enabled";
import vpcSubnetNoAutoPublicIp from "./vpc/subnet-no-auto-public-ip";

/** Security rules for AWS resources (provider v7). */
export const awsSecurity = definePack({
    name: "aws-security",
    version: "0.2.0",
    description: "Security rules for AWS resources (provider v7).",
    docsUrl: ruleDocUrl,
    rules: [
        apigatewayDomainNameTls,
        apigatewayStageAccessLogging,
        cloudfrontMinimumTlsVersion,
        cloudfrontS3OriginAccessControl,
        cloudfrontViewerHttpsOnly,
        cloudtrailCloudwatchLogs,
        cloudtrailKmsEncryption,
        cloudtrailLogFileValidation,
        cloudtrailMultiRegion,
        cloudwatchLogGroupKmsEncryption,
        cloudwatchLogGroupRetention,
        dynamodbCustomerManagedKey,
        dynamodbPointInTimeRecovery,
        ebsEncryptionByDefaultEnabled,
        ebsVolumeEncrypted,
        ec2Imdsv2Required,
        ec2InstanceEbsEncrypted,
        ec2LaunchTemplateEbsEncrypted,
        ec2NoPublicIp,
        ec2SecurityGroupNoPublicAllPorts,
        ec2SecurityGroupNoPublicDatabasePorts,
        ec2SecurityGroupNoPublicSshRdp,
        ecrImmutableTags,
        ecrRepositoryPolicyNotPublic,
        ecrScanOnPush,
        eksControlPlaneLogging,
        eksEndpointNotPublic,
        eksSecretsEncryption,
        elasticacheReplicationGroupEncryptedAtRest,
        elasticacheReplicationGroupEncryptedInTransit,
        elbAccessLogsEnabled,
        elbAlbDropInvalidHeaders,
        elbListenerTlsPolicy,
        elbListenerUsesTls,
        iamNoAccessKeys,
        iamNoAllowNotactionOnAllResources,
        iamNoServiceWildcardActions,
        iamNoUserInlinePolicies,
        iamNoUserPolicyAttachments,
        iamNoWildcardAdminPolicy,
        iamPasswordPolicyStrength,
        kmsKeyRotationEnabled,
        lambdaFunctionUrlAuth,
        lambdaPermissionNoPublicInvoke,
        lambdaRuntimeNotDeprecated,
        opensearchEncryptedAtRest,
        opensearchHttpsTlsPolicy,
        opensearchInVpc,
        opensearchNodeToNodeEncryption,
        rdsAutoMinorVersionUpgrade,
        rdsBackupRetention,
        rdsDeletionProtection,
        rdsIamAuthentication,
        rdsNotPubliclyAccessible,
        rdsPerformanceInsightsKmsKey,
        rdsStorageEncrypted,
        s3AccessLogging,
        s3BucketPolicyNoPublicAccess,
        s3DefaultEncryption,
        s3EncryptionUsesKms,
        s3NoPublicAcl,
        s3ObjectOwnershipEnforced,
        s3PublicAccessBlock,
        s3RequireTls,
        s3VersioningEnabled,
        secretsmanagerSecretRotation,
        snsTopicEncrypted,
        snsTopicPolicyNotPublic,
        sqsQueueEncrypted,
        sqsQueuePolicyNotPublic,
        vpcDefaultSecurityGroupNoRules,
        vpcFlowLogsEnabled,
        vpcSubnetNoAutoPublicIp,
    ],
});

export default awsSecurity;
