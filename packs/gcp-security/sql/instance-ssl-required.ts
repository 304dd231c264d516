import { defineRule } from "../../../src";
import { ipConfigurationOf } from "../lib/sql-instance";
import type {} from "../../../src/types/gcp/sql";

const ENCRYPTED_MODES = ["ENCRYPTED_ONLY", "TRUSTED_CLIENT_CERTIFICATE_REQUIRED"];

/**
 * `settings.ipConfiguration.sslMode` decides; left out it means ALLOW_UNENCRYPTED_AND_ENCRYPTED
 * (CIS GCP 6.4). Provider versions before @pulumi/gcp v8 also had `requireSsl`; a stack
 * written with it and no `sslMode` passes when it is true, as the API then requires TLS.
 */
export default defineRule({
    id: "gcp-sql-instance-ssl-required",
    title: "Cloud SQL instances accept encrypted connections only",
    description:
        "Unless the instance requires TLS, clients may connect in plain text, and passwords and query results cross the network readable by anyone on the path. Requiring encrypted connections (and, where clients support it, client certificates) closes that gap.",
    severity: "high",
    service: "sql",
    frameworks: { "cis-gcp-5.0": ["6.4"], "nist-800-53-r5": ["SC-8", "SC-8(1)"] },
    tags: ["database", "encryption"],
    remediation:
        'Set `settings.ipConfiguration.sslMode` to "ENCRYPTED_ONLY", or to "TRUSTED_CLIENT_CERTIFICATE_REQUIRED" (MySQL and PostgreSQL) to also require client certificates.',
    defaultLevel: "mandatory",
    messages: {
        unencryptedAllowed: "Cloud SQL instance `{{name}}` accepts unencrypted connections: settings.ipConfiguration.sslMode is {{mode}}.",
        sslModeUnset: "Cloud SQL instance `{{name}}` accepts unencrypted connections: settings.ipConfiguration.sslMode is not set, which means ALLOW_UNENCRYPTED_AND_ENCRYPTED.",
    },
    examples: {
        violating: [
            {
                description: "unencrypted connections allowed",
                resources: [
                    {
                        type: "gcp:sql/databaseInstance:DatabaseInstance",
                        name: "orders-db",
                        props: { databaseVersion: "MYSQL_8_0", settings: { tier: "db-custom-2-7680", ipConfiguration: { sslMode: "ALLOW_UNENCRYPTED_AND_ENCRYPTED" } } },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "TLS required",
                resources: [
                    {
                        type: "gcp:sql/databaseInstance:DatabaseInstance",
                        name: "orders-db",
                        props: { databaseVersion: "MYSQL_8_0", settings: { tier: "db-custom-2-7680", ipConfiguration: { sslMode: "ENCRYPTED_ONLY" } } },
                    },
                ],
            },
        ],
    },
    resourceType: "gcp:sql/databaseInstance:DatabaseInstance",
    validate(props, ctx) {
        const ip = ipConfigurationOf(props);
        const mode = ip.sslMode;
        const propertyPath = "settings.ipConfiguration.sslMode";
        if (typeof mode === "string" && mode.trim() !== "") {
            const upper = mode.trim().toUpperCase();
            if (ENCRYPTED_MODES.includes(upper)) return;
            const shown = /^[A-Z_]{1,40}$/.test(upper) ? `"${mode.trim()}"` : "not a mode that requires encryption";
            ctx.report({ messageId: "unencryptedAllowed", data: { name: ctx.name, mode: shown }, propertyPath });
            return;
        }
        if (mode !== undefined && mode !== null) {
            ctx.report({ messageId: "unencryptedAllowed", data: { name: ctx.name, mode: "not a mode that requires encryption" }, propertyPath });
            return;
        }
        // Older providers' requireSsl, absent from the v9 types: read it untyped.
        if (ip.requireSsl === true) return;
        ctx.report({ messageId: "sslModeUnset", data: { name: ctx.name }, propertyPath });
    },
});
