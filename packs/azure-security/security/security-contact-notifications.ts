import { defineRule, listOf, recordOf } from "../../../src";
import type {} from "../../../src/types/azure-native/security";

function lower(value: unknown): string {
    return typeof value === "string" ? value.trim().toLowerCase() : "";
}

/** True when the contact's `emails` (addresses separated by ";" or ",") holds at least one address. */
function hasEmail(emails: unknown): boolean {
    return typeof emails === "string" && emails.split(/[;,]/).some((e) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(e.trim()));
}

/** The notification source of that type (`sourceType` "Alert" or "AttackPath"), if any. */
function source(sources: unknown, type: string): Record<string, unknown> | undefined {
    return listOf(sources).map(recordOf).find((s) => lower(s.sourceType) === type.toLowerCase());
}

/**
 * Judges an azure-native.security.SecurityContact (API 2023-12-01-preview, where alerts and
 * attack paths are `notificationsSources` entries) the way CIS 8.1.12-8.1.15 ask: addresses to
 * notify, alert notifications on, subscription owners notified, attack path notifications on.
 * Settings left out are reported: a contact written by a program replaces the portal's defaults.
 */
export default defineRule({
    id: "azure-security-security-contact-notifications",
    title: "Defender for Cloud security contacts notify the security team and subscription owners",
    description:
        "Defender for Cloud raises alerts and attack paths, but nobody hears of them unless the security contact sends email. A contact without addresses, without alert or attack path notifications, or that leaves out the subscription owners lets an active compromise go unnoticed until someone opens the portal.",
    severity: "medium",
    service: "security",
    frameworks: {
        "cis-azure-6.0": ["8.1.12", "8.1.13", "8.1.14", "8.1.15"],
        "nist-800-53-r5": ["SI-4"],
    },
    tags: ["threat-detection", "incident-response"],
    remediation:
        'On the azure-native.security.SecurityContact set `emails` to the security team\'s addresses ("secops@example.com;soc@example.com"), `notificationsByRole: { state: "On", roles: ["Owner"] }`, and `notificationsSources: [{ sourceType: "Alert", minimalSeverity: "High" }, { sourceType: "AttackPath", minimalRiskLevel: "Critical" }]` (or a lower severity and risk level), and leave `isEnabled` out or true.',
    defaultLevel: "advisory",
    examples: {
        violating: [{ description: "a contact with an address but no notifications", resources: [{ type: "azure-native:security:SecurityContact", name: "default", props: { securityContactName: "default", emails: "secops@example.com" } }] }],
        compliant: [
            {
                description: "a contact notifying the team and the owners",
                resources: [
                    {
                        type: "azure-native:security:SecurityContact",
                        name: "default",
                        props: {
                            securityContactName: "default",
                            isEnabled: true,
                            emails: "secops@example.com",
                            notificationsByRole: { state: "On", roles: ["Owner"] },
                            notificationsSources: [
                                { sourceType: "Alert", minimalSeverity: "High" },
                                { sourceType: "AttackPath", minimalRiskLevel: "Critical" },
                            ],
                        },
                    },
                ],
            },
        ],
    },
    messages: {
        disabled: "Security contact `{{name}}` is switched off: isEnabled is false.",
        noEmails: "Security contact `{{name}}` has no address to notify: emails holds no email address.",
        noAlerts: 'Security contact `{{name}}` sends no alert emails: notificationsSources has no entry with sourceType "Alert".',
        noAttackPaths: 'Security contact `{{name}}` sends no attack path emails: notificationsSources has no entry with sourceType "AttackPath".',
        ownersNotNotified: 'Security contact `{{name}}` does not notify the subscription owners: notificationsByRole is not state "On" with the "Owner" role.',
    },
    resourceType: "azure-native:security:SecurityContact",
    validate(props, ctx) {
        const data = { name: ctx.name };
        // Left out, the contact is enabled.
        if (props.isEnabled === false) {
            ctx.report({ messageId: "disabled", data, propertyPath: "isEnabled" });
            return;
        }
        if (!hasEmail(props.emails)) ctx.report({ messageId: "noEmails", data, propertyPath: "emails" });
        const byRole = recordOf(props.notificationsByRole);
        const ownersOn = lower(byRole.state) === "on" && listOf(byRole.roles).some((r) => lower(r) === "owner");
        if (!ownersOn) ctx.report({ messageId: "ownersNotNotified", data, propertyPath: "notificationsByRole" });
        const sources = props.notificationsSources;
        if (!source(sources, "Alert")) ctx.report({ messageId: "noAlerts", data, propertyPath: "notificationsSources" });
        if (!source(sources, "AttackPath")) ctx.report({ messageId: "noAttackPaths", data, propertyPath: "notificationsSources" });
    },
});
