import { defineRule, recordOf } from "../../../src";
import { settingText, siteConfigOf, WEB_APP_TYPES, webAppKind } from "../lib/web-apps";

/** The settings judged: the app's own endpoint and its SCM (Kudu) deployment endpoint. */
const SETTINGS = ["minTlsVersion", "scmMinTlsVersion"] as const;

/** True for "1.2", "1.3" and later; App Service takes "1.0" to "1.3". */
function atLeastTls12(value: unknown): boolean {
    const match = typeof value === "string" ? /^\s*1\.(\d)\s*$/.exec(value) : null;
    return match !== null && Number(match[1]) >= 2;
}

/**
 * Both settings default to "1.2" for apps created today, so leaving them out passes; an explicit
 * "1.0" or "1.1" is reported.
 */
export default defineRule({
    id: "azure-web-app-minimum-tls-1-2",
    title: "App Service apps require TLS 1.2 or later",
    description:
        "TLS 1.0 and 1.1 have known weaknesses and are no longer accepted by current security baselines; an app that still accepts them lets a client, or an attacker downgrading one, connect over a protocol that does not protect the traffic well. Both the app and its SCM (deployment) endpoint are judged.",
    severity: "medium",
    service: "web",
    frameworks: { "nist-800-53-r5": ["SC-8", "SC-13"] },
    tags: ["encryption-in-transit"],
    remediation: 'Set `siteConfig.minTlsVersion` and `siteConfig.scmMinTlsVersion` to "1.2" (or "1.3") on the azure-native.web.WebApp and on each azure-native.web.WebAppSlot, or leave them out to take the default "1.2".',
    defaultLevel: "mandatory",
    examples: {
        violating: [{ description: "an app accepting TLS 1.0", resources: [{ type: "azure-native:web:WebApp", name: "site", props: { resourceGroupName: "rg-web", siteConfig: { minTlsVersion: "1.0" } } }] }],
        compliant: [{ description: "an app requiring TLS 1.2", resources: [{ type: "azure-native:web:WebApp", name: "site", props: { resourceGroupName: "rg-web", siteConfig: { minTlsVersion: "1.2", scmMinTlsVersion: "1.2" } } }] }],
    },
    messages: {
        oldTls: "{{kind}} `{{name}}` accepts TLS older than 1.2: siteConfig.{{setting}} is {{value}}.",
    },
    resourceType: WEB_APP_TYPES,
    validate(props, ctx) {
        const siteConfig = recordOf(props.siteConfig);
        for (const setting of SETTINGS) {
            const value = siteConfig[setting];
            // Not set: App Service's default, "1.2".
            if (value === undefined || value === null || atLeastTls12(value)) continue;
            ctx.report({
                messageId: "oldTls",
                data: { kind: webAppKind(ctx.type), name: ctx.name, setting, value: settingText(value, "not a TLS version") },
                propertyPath: `siteConfig.${setting}`,
            });
        }
    },
    remediate(props) {
        const siteConfig = siteConfigOf(props);
        for (const setting of SETTINGS) {
            const value = siteConfig[setting];
            if (value !== undefined && value !== null && !atLeastTls12(value)) siteConfig[setting] = "1.2";
        }
    },
});
