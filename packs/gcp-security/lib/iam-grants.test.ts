import { iamKindOf, isPublicPrincipal, principalKey, principalType, readGrants, readPolicyData, roleText } from "./iam-grants";
import { hierarchyLevelOf, isAdministrativeRole, isOwnerOrEditor, roleId } from "./iam-hierarchy";

test("the kind of an IAM type token, whatever the spelling of IAM", () => {
    expect(iamKindOf("gcp:storage/bucketIAMMember:BucketIAMMember")).toBe("member");
    expect(iamKindOf("gcp:bigquery/datasetIamBinding:DatasetIamBinding")).toBe("binding");
    expect(iamKindOf("gcp:projects/iAMPolicy:IAMPolicy")).toBe("policy");
    expect(iamKindOf("gcp:projects/iamMemberRemove:IamMemberRemove")).toBeUndefined();
    expect(iamKindOf("gcp:iam/projectsPolicyBinding:ProjectsPolicyBinding")).toBeUndefined();
    expect(iamKindOf("gcp:projects/iAMAuditConfig:IAMAuditConfig")).toBeUndefined();
});

test("principals", () => {
    expect(isPublicPrincipal("allUsers")).toBe(true);
    expect(isPublicPrincipal(" AllAuthenticatedUsers ")).toBe(true);
    expect(isPublicPrincipal("user:allusers@example.com")).toBe(false);
    expect(principalType("serviceAccount:a@p.iam.gserviceaccount.com")).toBe("serviceaccount");
    expect(principalType("deleted:user:a@example.com?uid=1")).toBe("deleted");
    expect(principalKey("user:Ana@Example.com")).toBe("user:ana@example.com");
    expect(principalKey("principal://iam.googleapis.com/projects/1/locations/global/workloadIdentityPools/p/subject/Ana")).toBe(
        "principal://iam.googleapis.com/projects/1/locations/global/workloadIdentityPools/p/subject/Ana",
    );
});

test("policy data: JSON text or an object; anything else cannot be read", () => {
    expect(readPolicyData('{"bindings":[]}')).toEqual({ kind: "policy", policy: { bindings: [] } });
    expect(readPolicyData({ bindings: [] })).toEqual({ kind: "policy", policy: { bindings: [] } });
    expect(readPolicyData(undefined)).toEqual({ kind: "unreadable", problem: "is not set" });
    expect(readPolicyData("  ")).toEqual({ kind: "unreadable", problem: "is empty" });
    expect(readPolicyData("{")).toEqual({ kind: "unreadable", problem: "is not valid JSON" });
    expect(readPolicyData("null")).toEqual({ kind: "unreadable", problem: "is not a JSON object" });
});

test("grants of each kind, with roles and conditions read on demand", () => {
    const member = readGrants("gcp:pubsub/topicIAMMember:TopicIAMMember", { role: "roles/pubsub.publisher", member: "allUsers", condition: { title: "t", expression: "e" } });
    expect(member.kind).toBe("grants");
    if (member.kind !== "grants") return;
    expect(member.grants.map((g) => [g.principal, g.path, g.role()])).toEqual([["allUsers", "member", "roles/pubsub.publisher"]]);
    expect(member.grants[0]?.condition()).toEqual({ title: "t", expression: "e" });
    const policy = readGrants("gcp:pubsub/topicIAMPolicy:TopicIAMPolicy", {
        policyData: JSON.stringify({ bindings: [{ role: "roles/a", members: ["user:x@example.com", "group:y@example.com"] }, { role: "roles/b", members: [] }] }),
    });
    expect(policy.kind === "grants" && policy.grants.map((g) => [g.principal, g.role(), g.bindingIndex, g.condition()])).toEqual([
        ["user:x@example.com", "roles/a", 0, undefined],
        ["group:y@example.com", "roles/a", 0, undefined],
    ]);
    expect(readGrants("gcp:pubsub/topicIAMBinding:TopicIAMBinding", { role: "roles/a", members: ["ok", 3] })).toEqual({ kind: "unreadable", path: "members[1]", problem: "is not a principal string" });
    expect(readGrants("gcp:pubsub/topic:Topic", { name: "t" })).toEqual({ kind: "grants", grants: [] });
});

test("roles", () => {
    expect(roleText("roles/storage.objectViewer")).toBe("roles/storage.objectViewer");
    expect(roleText("roles/x y")).toBeUndefined();
    expect(isOwnerOrEditor(" ROLES/OWNER ")).toBe(true);
    expect(isOwnerOrEditor("roles/viewer")).toBe(false);
    expect(roleId("projects/p/roles/deployAdmin")).toBe("deployAdmin");
    expect(isAdministrativeRole("roles/compute.instanceAdmin.v1")).toBe(true);
    expect(isAdministrativeRole("roles/cloudsql.client")).toBe(false);
    expect(hierarchyLevelOf("gcp:organizations/iAMMember:IAMMember")).toBe("organization");
    expect(hierarchyLevelOf("gcp:storage/bucketIAMMember:BucketIAMMember")).toBeUndefined();
});
