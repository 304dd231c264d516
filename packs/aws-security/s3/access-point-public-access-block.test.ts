import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./access-point-public-access-block";

const accessPoint = (publicAccessBlockConfiguration?: MockProps<"aws:s3/accessPoint:AccessPoint">["publicAccessBlockConfiguration"]) =>
    mockResource("aws:s3/accessPoint:AccessPoint", { bucket: "reports", publicAccessBlockConfiguration }, { name: "reports-ap" });

export const cases: RuleCase[] = [
    {
        name: "a setting turned off",
        resources: accessPoint({ blockPublicPolicy: false }),
        expect: {
            violations: [
                {
                    messageId: "flagOff",
                    data: { name: "reports-ap", flag: "blockPublicPolicy", effect: "a public access point policy can still be attached" },
                    propertyPath: "publicAccessBlockConfiguration.blockPublicPolicy",
                },
            ],
        },
    },
    {
        name: "every setting turned off: one violation each",
        resources: accessPoint({ blockPublicAcls: false, blockPublicPolicy: false, ignorePublicAcls: false, restrictPublicBuckets: false }),
        expect: {
            violations: [
                "publicAccessBlockConfiguration.blockPublicAcls",
                "publicAccessBlockConfiguration.ignorePublicAcls",
                "publicAccessBlockConfiguration.blockPublicPolicy",
                "publicAccessBlockConfiguration.restrictPublicBuckets",
            ],
        },
    },
    { name: "no configuration: AWS's defaults are all on", resources: accessPoint(), expect: "pass" },
    { name: "an empty configuration keeps the defaults", resources: accessPoint({}), expect: "pass" },
    { name: "all four set to true", resources: accessPoint({ blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true }), expect: "pass" },
    { name: "a setting unknown during preview", resources: accessPoint({ restrictPublicBuckets: unknown("boolean") }), expect: "skipped" },
    { name: "the whole configuration unknown during preview", resources: accessPoint(unknown()), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
