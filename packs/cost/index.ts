import { definePack } from "../../src";
import { ruleDocUrl } from "../../src/rule-ids";
import monthlyBudget from "./budget/monthly-budget";
import logGroupRetention from "./cloudwatch/log-group-retention";
import dynamodbProvisionedCapacityCap from "./dynamodb/provisioned-capacity-cap";
import ebsProvisionedIops from "./ebs/provisioned-iops";
import ebsUseGp3 from "./ebs/use-gp3";
import ebsVolumeSizeCap from "./ebs/volume-size-cap";
import eipIdle from "./ec2/eip-idle";
import ec2InstanceTypeAllowed from "./ec2/instance-type-allowed";
import elasticacheNodeTypeAllowed from "./elasticache/node-type-allowed";
import lambdaMemoryTimeoutCap from "./lambda/memory-timeout-cap";
import opensearchInstanceTypeAllowed from "./opensearch/instance-type-allowed";
import rdsInstanceClassAllowed from "./rds/instance-class-allowed";
import rdsMultiAz from "./rds/multi-az";
import s3LifecycleConfiguration from "./s3/lifecycle-configuration";
import natGatewaysPerVpc from "./vpc/nat-gateways-per-vpc";
import { estimateMonthlyCost } from "./pricing";

export { estimateMonthlyCost, type CostEstimate, type PricedItem, type UnpricedItem } from "./pricing";

/** Cost: instance sizes per environment, storage and log hygiene, idle capacity, and a budget check. */
export const cost = definePack({
    name: "cost",
    version: "0.3.0",
    description:
        "Cost rules for AWS resources (provider v7): per-environment instance allow-lists (EC2, RDS, ElastiCache, OpenSearch), EBS gp3/IOPS/size, S3 lifecycle, log retention, Lambda, DynamoDB and Multi-AZ caps, NAT gateways and idle Elastic IPs, and a monthly budget check against an embedded us-east-1 price table.",
    rules: [
        ec2InstanceTypeAllowed,
        rdsInstanceClassAllowed,
        elasticacheNodeTypeAllowed,
        opensearchInstanceTypeAllowed,
        ebsUseGp3,
        ebsProvisionedIops,
        ebsVolumeSizeCap,
        s3LifecycleConfiguration,
        logGroupRetention,
        lambdaMemoryTimeoutCap,
        rdsMultiAz,
        dynamodbProvisionedCapacityCap,
        natGatewaysPerVpc,
        eipIdle,
        monthlyBudget,
    ],
    // Reports show the stack's estimated monthly cost, with a breakdown, in their summary.
    summarize: (resources) => ({ estimatedMonthlyCost: estimateMonthlyCost(resources) }),
    docsUrl: ruleDocUrl,
});

export default cost;
