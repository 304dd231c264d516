/**
 * An exemption lifts one policy by name. One naming a policy that does not exist (a typo, a
 * renamed or removed rule) lifts nothing, silently: such a file is refused when it is loaded.
 */
import { InputError } from "../engine/errors";
import { closestName } from "../engine/config";
import type { Exemption } from "../governance";
import type { Rule } from "../rule";
import { RENAMED_RULE_IDS } from "../rule-ids";

/** Why `policy` is not a known policy id, with the new name or a close one; undefined when it is known. */
export function unknownPolicyProblem(policy: string, knownRules: readonly Rule[]): string | undefined {
    const ids = knownRules.map((r) => r.id);
    if (ids.includes(policy)) return undefined;
    const renamed = RENAMED_RULE_IDS[policy];
    if (renamed && ids.includes(renamed)) return `policy "${policy}" was renamed to "${renamed}": use the new name`;
    const hint = closestName(policy, ids);
    return `unknown policy "${policy}"${hint ? ` (did you mean "${hint}"?)` : ""}`;
}

/** Refuses an exemptions file with an exemption naming an unknown policy, naming the file, the exemption and the policy. */
export function refuseUnknownExemptionPolicies(file: string, exemptions: readonly Exemption[], knownRules: readonly Rule[]): void {
    for (const exemption of exemptions) {
        const problem = unknownPolicyProblem(exemption.policy, knownRules);
        if (problem) throw new InputError(file, `exemption ${exemption.id} names ${problem}`);
    }
}
