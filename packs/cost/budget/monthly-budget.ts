import { defineRule } from "../../../src";
import { estimateMonthlyCost } from "../pricing";
import type {} from "../../../src/types/aws/alb";
import type {} from "../../../src/types/aws/autoscaling";
import type {} from "../../../src/types/aws/dynamodb";
import type {} from "../../../src/types/aws/ebs";
import type {} from "../../../src/types/aws/ec2";
import type {} from "../../../src/types/aws/eks";
import type {} from "../../../src/types/aws/elasticache";
import type {} from "../../../src/types/aws/elasticsearch";
import type {} from "../../../src/types/aws/elb";
import type {} from "../../../src/types/aws/lb";
import type {} from "../../../src/types/aws/opensearch";
import type {} from "../../../src/types/aws/rds";

const usd = (value: number) => `$${value.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

/**
 * Compares a rough monthly estimate of the stack's provisioned capacity (packs/cost/pricing.ts:
 * us-east-1 on-demand list prices, dated in the message) with a budget. With no budget
 * configured it reports nothing.
 */
export default defineRule({
    id: "cost-monthly-budget",
    title: "The stack's estimated monthly cost stays within budget",
    description:
        "A stack's always-on capacity (instances, databases, caches, gateways, load balancers, volumes) sets a floor under its monthly bill. Estimating it at preview time catches a change that would blow the budget before it is deployed.",
    severity: "medium",
    service: "cost",
    tags: ["cost", "budget"],
    remediation:
        "Shrink or remove the largest contributors (smaller instance classes, fewer nodes, single-AZ outside production), or raise `monthlyBudgetUsd` in the policy configuration if the spend is intended. The estimate uses AWS us-east-1 on-demand list prices, counts AWS resources only, and leaves out usage charges.",
    defaultLevel: "advisory",
    configSchema: {
        properties: {
            monthlyBudgetUsd: {
                type: "number",
                minimum: 0,
                description: "Monthly budget in USD for the stack's estimated provisioned capacity; 0 means no budget (the rule reports nothing).",
            },
        },
    },
    configDefaults: { monthlyBudgetUsd: 0 },
    stack: true,
    validate(stack, ctx) {
        const budget = ctx.config.monthlyBudgetUsd;
        if (typeof budget !== "number" || !(budget > 0)) return;
        const estimate = estimateMonthlyCost(stack.resources);
        if (estimate.totalUsd <= budget) {
            // Under budget so far, but a value unknown during preview could tip it over: read the
            // values for real, so the rule is reported as unable to run during preview.
            if (estimate.unpriced.some((u) => u.unknownDuringPreview)) estimateMonthlyCost(stack.resources, { strict: true });
            return;
        }
        const top = [...estimate.items]
            .sort((a, b) => b.monthlyUsd - a.monthlyUsd || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
            .slice(0, 3)
            .map((item) => `\`${item.name}\` (${item.type}) ${usd(item.monthlyUsd)}`);
        const unpriced = estimate.unpriced.length;
        const note = unpriced > 0 ? ` ${unpriced} billable resource${unpriced === 1 ? "" : "s"} could not be priced, so the real figure is higher.` : "";
        ctx.report({
            message: `The stack's estimated monthly cost is ${usd(estimate.totalUsd)}, above the budget of ${usd(budget)}. Top contributors: ${top.join(", ")}.${note} (${estimate.covers} ${estimate.priceRegion} on-demand list prices as of ${estimate.pricesAsOf}.)`,
        });
    },
});
