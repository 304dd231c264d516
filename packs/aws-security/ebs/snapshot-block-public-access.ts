import { defineRule } from "../../../src";
import type {} from "../../../src/types/aws/ebs";

/**
 * The provider cannot make one snapshot public (SnapshotCreateVolumePermission takes an account
 * ID, not the "all" group), so the public-snapshot control the provider can express is the
 * region-wide block: aws.ebs.SnapshotBlockPublicAccess `state`.
 */
export default defineRule({
    id: "ebs-snapshot-block-public-access",
    title: "EBS snapshot block public access blocks all sharing",
    description:
        'A public EBS snapshot can be copied by any AWS account, with every file of the disk it came from. Block public access for snapshots stops that region-wide: "block-all-sharing" also hides snapshots that are already public, while "block-new-sharing" leaves them public and "unblocked" blocks nothing.',
    severity: "medium",
    service: "ebs",
    tags: ["exposure", "data"],
    remediation:
        'Set `state: "block-all-sharing"` on aws.ebs.SnapshotBlockPublicAccess in every region you use, and share snapshots with named accounts (aws.ec2.SnapshotCreateVolumePermission) instead of publicly.',
    defaultLevel: "advisory",
    configSchema: {
        properties: {
            allowBlockNewSharing: {
                type: "boolean",
                description: 'Accept "block-new-sharing", for accounts that knowingly keep some snapshots public.',
            },
        },
    },
    configDefaults: { allowBlockNewSharing: false },
    messages: {
        unblocked: 'SnapshotBlockPublicAccess `{{name}}` sets state "unblocked", so snapshots in the region can be shared publicly.',
        newOnly: 'SnapshotBlockPublicAccess `{{name}}` sets state "block-new-sharing", so snapshots that are already public stay public.',
        otherState: 'SnapshotBlockPublicAccess `{{name}}` does not set state to "block-all-sharing".',
    },
    examples: {
        violating: [{ resources: [{ type: "aws:ebs/snapshotBlockPublicAccess:SnapshotBlockPublicAccess", name: "snapshots", props: { state: "unblocked" } }] }],
        compliant: [{ resources: [{ type: "aws:ebs/snapshotBlockPublicAccess:SnapshotBlockPublicAccess", name: "snapshots", props: { state: "block-all-sharing" } }] }],
    },
    resourceType: "aws:ebs/snapshotBlockPublicAccess:SnapshotBlockPublicAccess",
    validate(props, ctx) {
        const state = typeof props.state === "string" ? props.state.trim().toLowerCase() : undefined;
        if (state === "block-all-sharing") return;
        if (state === "block-new-sharing" && ctx.config.allowBlockNewSharing) return;
        const messageId = state === "unblocked" ? "unblocked" : state === "block-new-sharing" ? "newOnly" : "otherState";
        ctx.report({ messageId, data: { name: ctx.name }, propertyPath: "state" });
    },
    remediate(props) {
        props.state = "block-all-sharing";
    },
});
