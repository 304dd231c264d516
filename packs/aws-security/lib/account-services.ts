/**
 * Account-level detection services (GuardDuty, AWS Config, IAM Access Analyzer, Security Hub).
 * Their rules share one shape:
 * - every resource of the service present in the stack is judged (a suspended detector, a
 *   recorder switched off, ...), and reported on its URN;
 * - a stack need not own the service (a platform's account stack usually does), so its absence
 *   is reported only when the rule's `required` option is true, as one stack-level violation.
 */
import { known, type RuleContext, type StackResource } from "../../../src";

/** The `required` option every account-service rule takes. */
export const REQUIRED_OPTION = {
    required: {
        type: "boolean",
        description: "Report a stack that has no enabled resource of this service (set it for the account or platform stack that owns it).",
    },
} as const;

/** Does a present resource turn the service on? "unknown" when the deciding value is not known yet. */
export type Enables = boolean | "unknown";

/** `read()` as an Enables: true/false when it gives `expected`/anything else, "unknown" when unknown (noted). */
export function enablesWhen(read: () => unknown, test: (value: unknown) => boolean): Enables {
    const value = known(read);
    return value.known ? test(value.value) : "unknown";
}

/**
 * Reports, when `required`, a stack in which no resource turns the service on. A resource whose
 * deciding value is unknown may turn it on: then nothing is reported (and the run is noted).
 */
export function requirePresence(
    ctx: RuleContext<{ required: boolean }>,
    resources: readonly StackResource[],
    enables: (resource: StackResource) => Enables,
    missing: { messageId: string; data?: Record<string, string> },
): void {
    if (!ctx.config.required) return;
    let unknown = false;
    for (const resource of resources) {
        const verdict = enables(resource);
        if (verdict === true) return;
        if (verdict === "unknown") unknown = true;
    }
    if (!unknown) ctx.report({ messageId: missing.messageId, data: missing.data });
}
