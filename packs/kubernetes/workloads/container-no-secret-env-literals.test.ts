import { checkCase, secret, unknown, type RuleCase } from "../../../src/testing";
import { container, onShapes } from "../__tests__/fixtures";
import rule from "./container-no-secret-env-literals";

const env = (list: unknown) => ({ containers: [container({ env: list })] });

export const cases: RuleCase[] = onShapes([
    {
        name: "password literal",
        spec: env([{ name: "LOG_LEVEL", value: "info" }, { name: "DB_PASSWORD", value: "hunter2-very-secret" }]),
        expect: (p) => ({ violations: [{ propertyPath: `${p}.containers[0].env[1].value`, messageIncludes: "env[1]" }] }),
    },
    { name: "camelCase api key", spec: env([{ name: "stripeApiKey", value: "sk_live_abc" }]), expect: (p) => ({ violations: [`${p}.containers[0].env[0].value`] }) },
    { name: "secret value marked secret is still a literal", spec: env([{ name: "GITHUB_TOKEN", value: secret("ghp_abcdefghijklmnop") }]), expect: (p) => ({ violations: [`${p}.containers[0].env[0].value`] }) },
    { name: "value computed during preview is still a literal", spec: env([{ name: "ADMIN_PASSWORD", value: unknown() }]), expect: (p) => ({ violations: [`${p}.containers[0].env[0].value`] }) },
    { name: "secretKeyRef", spec: env([{ name: "DB_PASSWORD", valueFrom: { secretKeyRef: { name: "db", key: "password" } } }]), expect: "pass" },
    { name: "key file path", spec: env([{ name: "TLS_KEY", value: "/etc/tls/tls.key" }]), expect: "pass" },
    { name: "names that only contain a secret word", spec: env([{ name: "KEYCLOAK_URL", value: "https://sso.example.com" }, { name: "PASSWORDLESS", value: "true" }]), expect: "pass" },
    { name: "env list unknown during preview", spec: env(unknown("array")), expect: "skipped" },
], ["Pod", "Deployment", "CronJob"]);

test.each(cases)("$name", async (c) => {
    const result = await checkCase(rule, c);
    for (const v of result.violations) {
        expect(v.message).not.toContain("hunter2");
        expect(v.message).not.toContain("DB_PASSWORD");
    }
});
