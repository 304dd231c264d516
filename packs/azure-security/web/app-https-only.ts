import { requireSetting } from "../../shared/flag-rule";
import { WEB_APP_TYPES, webAppKind } from "../lib/web-apps";

/** `httpsOnly` defaults to false: the app answers plain HTTP as well as HTTPS. */
export default requireSetting({
    id: "azure-web-app-https-only",
    title: "App Service apps accept HTTPS only",
    description:
        "An app that answers plain HTTP sends its pages, cookies and tokens unencrypted, where anyone on the network path can read or change them. With HTTPS only, App Service redirects every HTTP request to HTTPS.",
    severity: "high",
    service: "web",
    frameworks: { "nist-800-53-r5": ["SC-8", "SC-23"] },
    tags: ["encryption-in-transit"],
    remediation: "Set `httpsOnly: true` on the azure-native.web.WebApp (and on each azure-native.web.WebAppSlot).",
    defaultLevel: "mandatory",
    examples: {
        violating: [{ description: "an app that also serves HTTP", resources: [{ type: "azure-native:web:WebApp", name: "site", props: { resourceGroupName: "rg-web", serverFarmId: "/subscriptions/0000/resourceGroups/rg-web/providers/Microsoft.Web/serverfarms/plan" } }] }],
        compliant: [
            {
                description: "an app that redirects HTTP to HTTPS",
                resources: [{ type: "azure-native:web:WebApp", name: "site", props: { resourceGroupName: "rg-web", serverFarmId: "/subscriptions/0000/resourceGroups/rg-web/providers/Microsoft.Web/serverfarms/plan", httpsOnly: true } }],
            },
        ],
    },
    resourceType: WEB_APP_TYPES,
    path: ["httpsOnly"],
    expected: true,
    remediate(props) {
        props.httpsOnly = true;
    },
    message: (ctx, value) =>
        `${webAppKind(ctx.type)} \`${ctx.name}\` accepts plain HTTP: httpsOnly is ${value === undefined || value === null ? "not set, and defaults to false" : "not true"}.`,
});
