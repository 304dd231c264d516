/**
 * Kubernetes label selectors (`metav1.LabelSelector`: `matchLabels` plus `matchExpressions`
 * with In, NotIn, Exists, DoesNotExist), matched against a set of labels as the API server does.
 * The selector's fields are read as the match needs them, so an unknown one throws (the caller
 * decides what "cannot tell" means); nothing is copied.
 */
import { listOf, recordOf } from "../../../src";

export interface SelectorOptions {
    /**
     * What a selector with no requirements (`{}`) selects. Everything for most objects
     * (policy/v1 PodDisruptionBudget, NetworkPolicy's podSelector); nothing for a
     * policy/v1beta1 PodDisruptionBudget.
     */
    readonly emptyMatchesAll: boolean;
}

function has(labels: Record<string, unknown>, key: string): boolean {
    return Object.prototype.hasOwnProperty.call(labels, key) && typeof labels[key] === "string";
}

/**
 * True when `selector` selects an object carrying `labels`. An absent (null) selector selects
 * nothing; a malformed requirement (unknown operator, In without values) selects nothing, as the
 * API server would reject it.
 */
export function selectorMatches(selector: unknown, labels: Record<string, unknown>, options: SelectorOptions): boolean {
    if (selector === undefined || selector === null || typeof selector !== "object" || Array.isArray(selector)) return false;
    const sel = selector as Record<string, unknown>;
    const matchLabels = recordOf(sel.matchLabels);
    const expressions = listOf(sel.matchExpressions);
    const labelKeys = Object.keys(matchLabels);
    if (labelKeys.length === 0 && expressions.length === 0) return options.emptyMatchesAll;
    for (const key of labelKeys) {
        const wanted = matchLabels[key];
        if (!has(labels, key) || labels[key] !== wanted) return false;
    }
    for (const entry of expressions) {
        const expression = recordOf(entry);
        const key = expression.key;
        if (typeof key !== "string" || key === "") return false;
        const present = has(labels, key);
        switch (expression.operator) {
            case "In": {
                const values = listOf(expression.values);
                if (values.length === 0 || !present || !values.includes(labels[key])) return false;
                break;
            }
            case "NotIn": {
                const values = listOf(expression.values);
                if (values.length === 0) return false;
                if (present && values.includes(labels[key])) return false;
                break;
            }
            case "Exists":
                if (!present) return false;
                break;
            case "DoesNotExist":
                if (present) return false;
                break;
            default:
                return false;
        }
    }
    return true;
}
