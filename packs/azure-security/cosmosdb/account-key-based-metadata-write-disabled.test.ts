import { checkCase, mockResource, unknown, type RuleCase } from "../../../src/testing";
import rule from "./account-key-based-metadata-write-disabled";

const ACCOUNT = "azure-native:cosmosdb:DatabaseAccount";
const account = (disableKeyBasedMetadataWriteAccess: unknown) =>
    mockResource(ACCOUNT, { resourceGroupName: "rg", databaseAccountOfferType: "Standard", locations: [{ locationName: "westeurope" }], disableKeyBasedMetadataWriteAccess: disableKeyBasedMetadataWriteAccess as boolean }, { name: "orders" });

export const cases: RuleCase[] = [
    { name: "not set: keys may write metadata", resources: account(undefined), expect: { violations: [{ propertyPath: "disableKeyBasedMetadataWriteAccess", messageIncludes: "not set, and defaults to false" }] } },
    { name: "explicitly false", resources: account(false), expect: { violations: [{ propertyPath: "disableKeyBasedMetadataWriteAccess", messageIncludes: "disableKeyBasedMetadataWriteAccess is false" }] } },
    { name: "a string from JSON is not true", resources: mockResource.untyped(ACCOUNT, { disableKeyBasedMetadataWriteAccess: "true" }), expect: { violations: [{ messageIncludes: "not true" }] } },
    { name: "key-based metadata writes disabled", resources: account(true), expect: "pass" },
    { name: "unknown in preview", resources: account(unknown()), expect: "skipped" },
    { name: "remediation disables key-based metadata writes", resources: account(undefined), expect: { remediated: { disableKeyBasedMetadataWriteAccess: true } } },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
