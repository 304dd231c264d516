import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./cloudwatch-logs";

const GROUP = "arn:aws:logs:eu-west-1:111122223333:log-group:cloudtrail:*";
const ROLE = "arn:aws:iam::111122223333:role/cloudtrail-to-logs";
const trail = (props: MockProps<"aws:cloudtrail/trail:Trail">) => mockResource("aws:cloudtrail/trail:Trail", { s3BucketName: "trail-logs", ...props }, { name: "audit" });

export const cases: RuleCase[] = [
    { name: "no log group", resources: trail({}), expect: { violations: [{ propertyPath: "cloudWatchLogsGroupArn", messageIncludes: "`audit`" }] } },
    { name: "log group without a role", resources: trail({ cloudWatchLogsGroupArn: GROUP }), expect: { violations: ["cloudWatchLogsRoleArn"] } },
    { name: "log group and role", resources: trail({ cloudWatchLogsGroupArn: GROUP, cloudWatchLogsRoleArn: ROLE }), expect: "pass" },
    { name: "log group unknown during preview", resources: trail({ cloudWatchLogsGroupArn: unknown(), cloudWatchLogsRoleArn: ROLE }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
