/**
 * An ECS task definition's `containerDefinitions`, read the same way by every rule that judges
 * containers. The input is JSON text of a list of container definitions (as
 * `JSON.stringify([...])` or `pulumi.jsonStringify` give it); an already-parsed list is taken
 * too. Unreadable text is reported, never passed: AWS would reject it, and a rule cannot vouch
 * for containers it could not see. An unknown value (preview) throws on reading, so the rule is
 * skipped.
 */
import { recordOf, type MessageViolation } from "../../../src";

/** One container definition, with a label safe to print. */
export interface ContainerDefinition {
    /** Its position in the list. */
    readonly index: number;
    /** Its `name` when that is a plain identifier, else `containerDefinitions[i]`. */
    readonly label: string;
    /** The definition as written. */
    readonly definition: Readonly<Record<string, unknown>>;
}

/**
 * A field of a container definition (or of an object in one) by its API name. The provider
 * decodes the JSON with Go's encoding/json, which prefers the exact name but accepts any case
 * (`Privileged`, `ENVIRONMENT`), so this does too.
 */
export function field(object: unknown, name: string): unknown {
    const record = recordOf(object);
    if (name in record) return record[name];
    const lower = name.toLowerCase();
    for (const key of Object.keys(record)) if (key.toLowerCase() === lower) return record[key];
    return undefined;
}

/** What a containerDefinitions input holds. */
export type ContainerReading =
    | { readonly kind: "absent" }
    | { readonly kind: "unreadable"; readonly problem: string }
    | { readonly kind: "containers"; readonly containers: readonly ContainerDefinition[] };

/** Container names ECS accepts are letters, digits, hyphens and underscores; only those are printed. */
const PRINTABLE_NAME = /^[A-Za-z0-9_-]{1,64}$/;

/** A name (of a container, a variable) safe to put in a message, or undefined. */
export function printableName(value: unknown): string | undefined {
    return typeof value === "string" && PRINTABLE_NAME.test(value) ? value : undefined;
}

/** Reads a containerDefinitions input. */
export function readContainers(value: unknown): ContainerReading {
    if (value === undefined || value === null || (typeof value === "string" && value.trim() === "")) return { kind: "absent" };
    let parsed: unknown = value;
    if (typeof value === "string") {
        try {
            parsed = JSON.parse(value);
        } catch {
            return { kind: "unreadable", problem: "is not valid JSON" };
        }
    }
    if (!Array.isArray(parsed)) return { kind: "unreadable", problem: "is not a JSON list of container definitions" };
    const containers: ContainerDefinition[] = [];
    parsed.forEach((entry: unknown, index) => {
        if (entry === null || typeof entry !== "object" || Array.isArray(entry)) return;
        const definition = recordOf(entry);
        containers.push({ index, label: printableName(field(definition, "name")) ?? `containerDefinitions[${index}]`, definition });
    });
    return { kind: "containers", containers };
}

/** The message every container rule declares for unreadable input, under the id `unreadable`. */
export const UNREADABLE_CONTAINERS_MESSAGE = {
    unreadable: "Task definition `{{name}}` could not be judged: its `containerDefinitions` {{problem}}.",
} as const;

/**
 * The containers of a task definition, for rules that judge each one. An unreadable input is
 * reported with the rule's `unreadable` message (see UNREADABLE_CONTAINERS_MESSAGE); an absent
 * one gives none.
 */
export function containersToJudge(
    containerDefinitions: unknown,
    ctx: { readonly name: string; report(violation: MessageViolation): void },
): readonly ContainerDefinition[] {
    const reading = readContainers(containerDefinitions);
    if (reading.kind === "containers") return reading.containers;
    if (reading.kind === "unreadable") {
        ctx.report({
            messageId: "unreadable",
            data: { name: ctx.name, problem: reading.problem },
            propertyPath: "containerDefinitions",
            fix: "Give `containerDefinitions` as the JSON text of a list of container definitions, e.g. `JSON.stringify([{ name, image, ... }])` or `pulumi.jsonStringify([...])`.",
        });
    }
    return [];
}
