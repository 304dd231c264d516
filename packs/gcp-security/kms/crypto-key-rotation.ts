import { defineRule } from "../../../src";
import type {} from "../../../src/types/gcp/kms";

/** CIS's limit: 90 days, in seconds. */
const MAX_ROTATION_SECONDS = 90 * 24 * 60 * 60;

/**
 * Seconds in a Cloud KMS duration: a decimal number with up to 9 fractional digits followed by
 * `s` ("7776000s", "100000.5s"); undefined for anything else.
 */
export function durationSeconds(value: unknown): number | undefined {
    if (typeof value !== "string") return undefined;
    const match = /^\s*(\d+)(?:\.(\d{1,9}))?s\s*$/.exec(value);
    if (!match) return undefined;
    return Number(match[1]) + (match[2] ? Number(`0.${match[2]}`) : 0);
}

export default defineRule({
    id: "gcp-kms-crypto-key-rotation",
    title: "Cloud KMS symmetric keys rotate at least every 90 days",
    description:
        "A key that never rotates protects ever more data with the same material, so one leaked or broken key version exposes all of it. With a rotation period, Cloud KMS makes a new primary version on schedule; older data stays readable with the older versions. Only symmetric encryption keys (purpose ENCRYPT_DECRYPT, the default) are judged: Cloud KMS cannot rotate other keys automatically.",
    severity: "medium",
    service: "kms",
    frameworks: {
        "cis-gcp-5.0": ["1.11"],
        "nist-800-53-r5": ["SC-12"],
    },
    tags: ["encryption", "key-management"],
    remediation: 'Set `rotationPeriod` on the gcp.kms.CryptoKey to at most "7776000s" (90 days), e.g. `rotationPeriod: "7776000s"`.',
    defaultLevel: "advisory",
    examples: {
        violating: [{ description: "a key that never rotates", resources: [{ type: "gcp:kms/cryptoKey:CryptoKey", name: "data", props: { keyRing: "projects/p/locations/global/keyRings/app" } }] }],
        compliant: [
            { description: "a key rotated every 90 days", resources: [{ type: "gcp:kms/cryptoKey:CryptoKey", name: "data", props: { keyRing: "projects/p/locations/global/keyRings/app", rotationPeriod: "7776000s" } }] },
        ],
    },
    messages: {
        noRotation: "Crypto key `{{name}}` never rotates: rotationPeriod is not set.",
        tooLong: "Crypto key `{{name}}` rotates less often than every 90 days: rotationPeriod is \"{{period}}\" (about {{days}} days).",
        unreadable: "Crypto key `{{name}}` has a rotationPeriod that is not a duration in seconds such as \"7776000s\".",
    },
    resourceType: "gcp:kms/cryptoKey:CryptoKey",
    validate(props, ctx) {
        // Default purpose: ENCRYPT_DECRYPT. Asymmetric, MAC and raw keys cannot rotate automatically.
        const purpose = props.purpose ?? "ENCRYPT_DECRYPT";
        if (typeof purpose === "string" && purpose.toUpperCase() !== "ENCRYPT_DECRYPT") return;
        const period = props.rotationPeriod;
        const propertyPath = "rotationPeriod";
        if (period === undefined || period === null) {
            ctx.report({ messageId: "noRotation", data: { name: ctx.name }, propertyPath });
            return;
        }
        const seconds = durationSeconds(period);
        if (seconds === undefined) {
            ctx.report({ messageId: "unreadable", data: { name: ctx.name }, propertyPath });
        } else if (seconds > MAX_ROTATION_SECONDS) {
            const days = Math.round((seconds / 86400) * 100) / 100;
            ctx.report({ messageId: "tooLong", data: { name: ctx.name, days: String(days), period: period.trim() }, propertyPath });
        }
    },
});
