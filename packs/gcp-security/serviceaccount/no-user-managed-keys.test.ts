import { checkCase, mockResource, unknown, type RuleCase } from "../../../src/testing";
import rule from "./no-user-managed-keys";
import type {} from "../../../src/types/gcp/serviceaccount";

const allow = (...accounts: string[]) => ({ config: { "gcp-serviceaccount-no-user-managed-keys": { allowedServiceAccounts: accounts } } });
const key = (serviceAccountId: string | ReturnType<typeof unknown>, props: { publicKeyData?: string } = {}) =>
    mockResource("gcp:serviceaccount/key:Key", { serviceAccountId, ...props }, { name: "ci-key" });

export const cases: RuleCase[] = [
    {
        name: "a generated key",
        resources: key("ci@acme.iam.gserviceaccount.com"),
        expect: { violations: [{ messageId: "userManagedKey", data: { name: "ci-key" }, propertyPath: "serviceAccountId" }] },
    },
    { name: "an uploaded public key is user-managed too", resources: key("ci@acme.iam.gserviceaccount.com", { publicKeyData: "LS0tLS1CRUdJTi..." }), expect: { violations: ["serviceAccountId"] } },
    { name: "a key whose account is unknown, with no allow list: still a key", resources: key(unknown()), expect: { violations: ["serviceAccountId"] } },
    { name: "an allowed account, named by email", resources: key("Legacy@acme.iam.gserviceaccount.com"), options: allow("legacy@acme.iam.gserviceaccount.com"), expect: "pass" },
    {
        name: "an allowed account, in the projects/…/serviceAccounts/… form",
        resources: key("projects/acme/serviceAccounts/legacy@acme.iam.gserviceaccount.com"),
        options: allow("legacy@acme.iam.gserviceaccount.com"),
        expect: "pass",
    },
    { name: "an account not on the allow list", resources: key("ci@acme.iam.gserviceaccount.com"), options: allow("legacy@acme.iam.gserviceaccount.com"), expect: { violations: ["serviceAccountId"] } },
    { name: "with an allow list, an unknown account cannot be judged", resources: key(unknown()), options: allow("legacy@acme.iam.gserviceaccount.com"), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
