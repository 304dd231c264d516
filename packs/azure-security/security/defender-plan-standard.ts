import { defineRule, peek } from "../../../src";
import type {} from "../../../src/types/azure-native/security";

/**
 * Plans Microsoft has retired or folded into others: Dns into Defender for Servers,
 * KubernetesService and ContainerRegistry into Defender for Containers. Turning them on adds
 * nothing, so a "Free" one is not reported.
 */
const RETIRED_PLANS = new Set(["dns", "kubernetesservice", "containerregistry"]);

/**
 * Every azure-native.security.Pricing the program declares must be the "Standard" tier (the
 * API compares tiers ignoring case): "Free" switches the Defender plan off, on a subscription or,
 * with a resource's `scopeId`, for that one resource. Which plans a subscription should have on
 * is not judged here; a plan the program never declares keeps whatever it has in Azure.
 */
export default defineRule({
    id: "azure-security-defender-plan-standard",
    title: "Microsoft Defender for Cloud plans are on (Standard tier)",
    description:
        "On the Free tier a Defender plan gives only posture recommendations: no threat detection, no alerts on suspicious activity, no vulnerability assessment for the servers, containers, databases, storage or keys it covers. A declared plan left on Free, or switched to Free for one resource, leaves those workloads unwatched.",
    severity: "medium",
    service: "security",
    frameworks: {
        "cis-azure-6.0": ["8.1.1.1", "8.1.2.1", "8.1.3.1", "8.1.4.1", "8.1.5.1", "8.1.6.1", "8.1.7.1", "8.1.7.2", "8.1.7.3", "8.1.7.4", "8.1.8.1", "8.1.9.1"],
        "nist-800-53-r5": ["SI-4", "RA-5"],
    },
    tags: ["threat-detection"],
    remediation: 'Set `pricingTier: "Standard"` on the azure-native.security.Pricing (for Defender for Servers, choose `subPlan` "P1" or "P2").',
    defaultLevel: "advisory",
    examples: {
        violating: [{ description: "Defender for Servers switched off", resources: [{ type: "azure-native:security:Pricing", name: "servers", props: { pricingName: "VirtualMachines", pricingTier: "Free", scopeId: "subscriptions/0000" } }] }],
        compliant: [
            {
                description: "Defender for Servers Plan 2",
                resources: [{ type: "azure-native:security:Pricing", name: "servers", props: { pricingName: "VirtualMachines", pricingTier: "Standard", subPlan: "P2", scopeId: "subscriptions/0000" } }],
            },
        ],
    },
    messages: {
        notStandard: "Defender plan {{plan}} (`{{name}}`) is switched off: pricingTier is {{tier}}, not \"Standard\".",
    },
    resourceType: "azure-native:security:Pricing",
    validate(props, ctx) {
        const tier = props.pricingTier;
        if (typeof tier === "string" && tier.trim().toLowerCase() === "standard") return;
        // The plan's name only words the message and spares retired plans; unknown, it does neither.
        const plan = peek(() => props.pricingName);
        const planName = plan.known && typeof plan.value === "string" ? plan.value.trim() : "";
        if (RETIRED_PLANS.has(planName.toLowerCase())) return;
        ctx.report({
            messageId: "notStandard",
            data: {
                name: ctx.name,
                plan: /^[A-Za-z]{1,40}$/.test(planName) ? `"${planName}"` : "(unnamed)",
                tier: typeof tier === "string" && /^[A-Za-z]{1,20}$/.test(tier) ? `"${tier}"` : "not a known tier",
            },
            propertyPath: "pricingTier",
        });
    },
});
