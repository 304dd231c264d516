/**
 * The outcomes a rule's decision can have. A module of its own, with no imports, so that the
 * CLI can offer them as `log --outcome` choices without loading the policy machinery.
 */

/** Every outcome a decision can have, in the order the CLI lists them. */
export const DECISION_OUTCOMES = ["pass", "violation", "exempted", "remediated", "skipped-unknown", "skipped-secret", "not-applicable", "rule-error"] as const;
