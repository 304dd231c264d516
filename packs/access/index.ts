import { definePack } from "../../src";
import { ruleDocUrl } from "../../src/rule-ids";
import consoleUserNoAccessKey from "./iam/console-user-no-access-key";
import noAdministratorAccess from "./iam/no-administrator-access";
import passRoleScoped from "./iam/passrole-scoped";
import rolePermissionsBoundary from "./iam/role-permissions-boundary";
import roleCrossAccountExternalId from "./iam/role-cross-account-external-id";
import roleSessionDurationLimit from "./iam/role-session-duration-limit";
import roleTrustNotPublic from "./iam/role-trust-not-public";
import roleTrustRequiresMfa from "./iam/role-trust-requires-mfa";
import userNoConsolePassword from "./iam/user-no-console-password";
import k8sNoClusterAdminForHumans from "./kubernetes/no-cluster-admin-for-humans";
import permissionSetSessionDuration from "./sso/permission-set-session-duration";

/** Developer access as code: who can get into the accounts and clusters, with which credentials, for how long. */
export const access = definePack({
    name: "access",
    version: "0.1.0",
    description:
        "Developer access as code: who can get into AWS accounts and Kubernetes clusters, with which credentials and for how long. IAM user passwords and keys, role trust policies (public, cross-account, MFA), session lengths for roles and IAM Identity Center, iam:PassRole, AdministratorAccess and cluster-admin for people.",
    rules: [
        userNoConsolePassword,
        consoleUserNoAccessKey,
        roleSessionDurationLimit,
        roleTrustNotPublic,
        roleCrossAccountExternalId,
        roleTrustRequiresMfa,
        rolePermissionsBoundary,
        passRoleScoped,
        noAdministratorAccess,
        permissionSetSessionDuration,
        k8sNoClusterAdminForHumans,
    ],
    docsUrl: ruleDocUrl,
});

export default access;
