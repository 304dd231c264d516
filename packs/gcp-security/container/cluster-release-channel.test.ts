import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./cluster-release-channel";

const cluster = (props: MockProps<"gcp:container/cluster:Cluster">) => mockResource("gcp:container/cluster:Cluster", { location: "us-central1", initialNodeCount: 1, ...props }, { name: "prod" });

export const cases: RuleCase[] = [
    {
        name: "channel UNSPECIFIED",
        resources: cluster({ releaseChannel: { channel: "UNSPECIFIED" } }),
        expect: { violations: [{ messageId: "noChannel", data: { name: "prod", channel: '"UNSPECIFIED"' }, propertyPath: "releaseChannel.channel" }] },
    },
    { name: "a misspelled channel", resources: cluster({ releaseChannel: { channel: "stabel" } }), expect: { violations: ["releaseChannel.channel"] } },
    { name: "regular channel", resources: cluster({ releaseChannel: { channel: "REGULAR" } }), expect: "pass" },
    { name: "extended channel in lower case", resources: cluster({ releaseChannel: { channel: "extended" } }), expect: "pass" },
    { name: "left out: GKE enrolls the cluster", resources: cluster({}), expect: "pass" },
    { name: "left out with a pinned node version", resources: cluster({ nodeVersion: "1.30.5-gke.1014001" }), expect: { violations: [{ messageId: "pinnedVersion", data: { name: "prod" }, propertyPath: "releaseChannel" }] } },
    { name: "a pinned node version inside a channel", resources: cluster({ nodeVersion: "1.30.5-gke.1014001", releaseChannel: { channel: "STABLE" } }), expect: "pass" },
    { name: "channel unknown during preview", resources: cluster({ releaseChannel: { channel: unknown() } }), expect: "skipped" },
    { name: "release channel block unknown during preview", resources: cluster({ releaseChannel: unknown("object") }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
