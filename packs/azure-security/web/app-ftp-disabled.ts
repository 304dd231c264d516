import { defineRule, recordOf } from "../../../src";
import { enumIn, settingText, siteConfigOf, WEB_APP_TYPES, webAppKind } from "../lib/web-apps";

/**
 * `siteConfig.ftpsState` left out is "AllAllowed": App Service accepts plain FTP, which sends
 * the deployment credentials and files unencrypted. "FtpsOnly" and "Disabled" pass.
 */
export default defineRule({
    id: "azure-web-app-ftp-disabled",
    title: "App Service apps do not accept plain FTP",
    description:
        "Plain FTP sends the app's deployment credentials and the files being uploaded in clear text, so anyone on the network path can take the credentials and replace the app's code. Allowing only FTPS, or switching FTP off, keeps them encrypted.",
    severity: "medium",
    service: "web",
    frameworks: { "nist-800-53-r5": ["SC-8", "CM-7"] },
    tags: ["encryption-in-transit"],
    remediation: 'Set `siteConfig.ftpsState` to "Disabled" (or "FtpsOnly" if you deploy over FTPS) on the azure-native.web.WebApp and on each azure-native.web.WebAppSlot.',
    defaultLevel: "advisory",
    examples: {
        violating: [{ description: "an app accepting plain FTP", resources: [{ type: "azure-native:web:WebApp", name: "site", props: { resourceGroupName: "rg-web", siteConfig: { ftpsState: "AllAllowed" } } }] }],
        compliant: [{ description: "an app with FTP off", resources: [{ type: "azure-native:web:WebApp", name: "site", props: { resourceGroupName: "rg-web", siteConfig: { ftpsState: "Disabled" } } }] }],
    },
    messages: {
        unset: '{{kind}} `{{name}}` accepts plain FTP: siteConfig.ftpsState is not set, and defaults to "AllAllowed".',
        allowed: "{{kind}} `{{name}}` accepts plain FTP: siteConfig.ftpsState is {{value}}.",
    },
    resourceType: WEB_APP_TYPES,
    validate(props, ctx) {
        const state = recordOf(props.siteConfig).ftpsState;
        if (enumIn(state, ["Disabled", "FtpsOnly"])) return;
        const data = { kind: webAppKind(ctx.type), name: ctx.name };
        const propertyPath = "siteConfig.ftpsState";
        if (state === undefined || state === null) ctx.report({ messageId: "unset", data, propertyPath });
        else ctx.report({ messageId: "allowed", data: { ...data, value: settingText(state, 'not "Disabled" or "FtpsOnly"') }, propertyPath });
    },
    // FTPS only, rather than off, so that FTPS deployments keep working.
    remediate(props) {
        siteConfigOf(props).ftpsState = "FtpsOnly";
    },
});
