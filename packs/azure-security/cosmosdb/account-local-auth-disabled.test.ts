import { checkCase, mockResource, unknown, type RuleCase } from "../../../src/testing";
import rule from "./account-local-auth-disabled";

const ACCOUNT = "azure-native:cosmosdb:DatabaseAccount";
const account = (disableLocalAuth: unknown) =>
    mockResource(ACCOUNT, { resourceGroupName: "rg", databaseAccountOfferType: "Standard", locations: [{ locationName: "westeurope" }], disableLocalAuth: disableLocalAuth as boolean }, { name: "orders" });

export const cases: RuleCase[] = [
    { name: "not set: keys work", resources: account(undefined), expect: { violations: [{ propertyPath: "disableLocalAuth", messageIncludes: "not set, and defaults to false" }] } },
    { name: "explicitly false", resources: account(false), expect: { violations: [{ propertyPath: "disableLocalAuth", messageIncludes: "disableLocalAuth is false" }] } },
    { name: "a string from JSON is not true", resources: mockResource.untyped(ACCOUNT, { disableLocalAuth: "true" }), expect: { violations: [{ messageIncludes: "not true" }] } },
    { name: "local auth disabled", resources: account(true), expect: "pass" },
    { name: "unknown in preview", resources: account(unknown()), expect: "skipped" },
    { name: "remediation disables local auth", resources: account(undefined), expect: { remediated: { disableLocalAuth: true } } },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
