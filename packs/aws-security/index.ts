import { definePack } from "../../src";
import securityGroupNoPublicSshRdp from "./ec2/security-group-no-public-ssh-rdp";
import ec2Imdsv2Required from "./ec2/imdsv2-required";
import iamNoWildcardAdminPolicy from "./iam/no-wildcard-admin-policy";
import s3NoPublicAcl from "./s3/no-public-acl";
import s3BucketPublicAccessBlock from "./s3/public-access-block";

/** AWS security: exposure, encryption, credentials and least privilege. */
export const awsSecurity = definePack({
    name: "aws-security",
    version: "0.1.0",
    description: "Security rules for AWS resources (provider v7): S3, EC2/VPC and IAM.",
    rules: [s3BucketPublicAccessBlock, s3NoPublicAcl, securityGroupNoPublicSshRdp, ec2Imdsv2Required, iamNoWildcardAdminPolicy],
});

export default awsSecurity;
