import { requireSetting } from "../../shared/flag-rule";
import { siteConfigOf, WEB_APP_TYPES, webAppKind } from "../lib/web-apps";

/** `siteConfig.remoteDebuggingEnabled` defaults to false, so leaving it out passes. */
export default requireSetting({
    id: "azure-web-app-remote-debugging-disabled",
    title: "App Service apps have remote debugging switched off",
    description:
        "Remote debugging opens extra ports on the app's workers and lets whoever holds the publishing credentials attach a debugger, read memory and change the running code. It is meant for short sessions, never to stay on.",
    severity: "medium",
    service: "web",
    frameworks: { "nist-800-53-r5": ["CM-7"] },
    tags: ["hardening"],
    remediation: "Leave `siteConfig.remoteDebuggingEnabled` out or set it to false on the azure-native.web.WebApp (and on each azure-native.web.WebAppSlot).",
    defaultLevel: "advisory",
    examples: {
        violating: [{ description: "an app with remote debugging on", resources: [{ type: "azure-native:web:WebApp", name: "site", props: { resourceGroupName: "rg-web", siteConfig: { remoteDebuggingEnabled: true, remoteDebuggingVersion: "VS2022" } } }] }],
        compliant: [{ description: "an app with remote debugging off", resources: [{ type: "azure-native:web:WebApp", name: "site", props: { resourceGroupName: "rg-web", siteConfig: { remoteDebuggingEnabled: false } } }] }],
    },
    resourceType: WEB_APP_TYPES,
    path: ["siteConfig", "remoteDebuggingEnabled"],
    expected: false,
    defaultSatisfies: true,
    remediate(props) {
        siteConfigOf(props).remoteDebuggingEnabled = false;
    },
    message: (ctx) => `${webAppKind(ctx.type)} \`${ctx.name}\` allows remote debugging: siteConfig.remoteDebuggingEnabled is not false.`,
});
