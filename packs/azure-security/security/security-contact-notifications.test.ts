import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./security-contact-notifications";

type Contact = MockProps<"azure-native:security:SecurityContact">;
const FULL: Contact = {
    securityContactName: "default",
    emails: "secops@example.com;soc@example.com",
    notificationsByRole: { state: "On", roles: ["Owner", "ServiceAdmin"] },
    notificationsSources: [
        { sourceType: "Alert", minimalSeverity: "Medium" },
        { sourceType: "AttackPath", minimalRiskLevel: "High" },
    ],
};
const contact = (props: Contact) => mockResource("azure-native:security:SecurityContact", props, { name: "default" });
const data = { name: "default" };

export const cases: RuleCase[] = [
    { name: "fully configured", resources: contact(FULL), expect: "pass" },
    { name: "explicitly enabled", resources: contact({ ...FULL, isEnabled: true }), expect: "pass" },
    { name: "switched off", resources: contact({ ...FULL, isEnabled: false }), expect: { violations: [{ messageId: "disabled", data, propertyPath: "isEnabled" }] } },
    {
        name: "only an address",
        resources: contact({ emails: "secops@example.com" }),
        expect: {
            violations: [
                { messageId: "ownersNotNotified", data, propertyPath: "notificationsByRole" },
                { messageId: "noAlerts", data, propertyPath: "notificationsSources" },
                { messageId: "noAttackPaths", data, propertyPath: "notificationsSources" },
            ],
        },
    },
    { name: "no email address", resources: contact({ ...FULL, emails: undefined }), expect: { violations: [{ messageId: "noEmails", data, propertyPath: "emails" }] } },
    { name: "emails not an address", resources: contact({ ...FULL, emails: "security team" }), expect: { violations: [{ messageId: "noEmails" }] } },
    { name: "owners role notification off", resources: contact({ ...FULL, notificationsByRole: { state: "Off", roles: ["Owner"] } }), expect: { violations: [{ messageId: "ownersNotNotified" }] } },
    { name: "roles without Owner", resources: contact({ ...FULL, notificationsByRole: { state: "On", roles: ["AccountAdmin"] } }), expect: { violations: [{ messageId: "ownersNotNotified" }] } },
    { name: "case does not matter", resources: contact({ ...FULL, notificationsByRole: { state: "on", roles: ["owner"] } }), expect: "pass" },
    { name: "alerts only", resources: contact({ ...FULL, notificationsSources: [{ sourceType: "Alert", minimalSeverity: "High" }] }), expect: { violations: [{ messageId: "noAttackPaths" }] } },
    { name: "email unknown during preview", resources: contact({ ...FULL, emails: unknown() }), expect: "skipped" },
    { name: "sources unknown during preview", resources: contact({ ...FULL, notificationsSources: unknown("array") }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
