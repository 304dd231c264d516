/**
 * The JSON-schema subset rule configurations use, and the TypeScript type of a configuration
 * read from its schema: `{ ports: { type: "array", items: { type: "integer" } } }` gives
 * `{ ports?: number[] }`. Written as a literal in `defineRule` (or `as const`), a schema needs
 * no separate type.
 */

/** A JSON value, as a configuration or an `enum` entry holds it. */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/** The JSON-schema type names a configuration value may have. */
export type ConfigTypeName = "string" | "number" | "integer" | "boolean" | "array" | "object";

/** The schema of one configuration value. Other JSON-schema keywords pass through untyped. */
export interface ConfigPropertySchema {
    /** One type name, or several (`["array", "string"]`: either). */
    readonly type?: ConfigTypeName | readonly ConfigTypeName[];
    /** The only values allowed. */
    readonly enum?: readonly JsonValue[];
    /** The one value allowed. */
    readonly const?: JsonValue;
    /** The schema of each item of an array. */
    readonly items?: ConfigPropertySchema;
    /** The schema of each property of an object. */
    readonly properties?: { readonly [key: string]: ConfigPropertySchema };
    /** The properties an object must have. */
    readonly required?: readonly string[];
    /** Whether an object may have other properties, or the schema they must match. */
    readonly additionalProperties?: boolean | ConfigPropertySchema;
    /** The value used when the configuration gives none. */
    readonly default?: JsonValue;
    /** What the value is for. */
    readonly description?: string;
    /** Any other JSON-schema keyword (`minimum`, `pattern`, ...), passed to the validator as is. */
    readonly [keyword: string]: unknown;
}

/** A rule's configuration schema: its properties and the ones a pack config must set. */
export interface ConfigSchema {
    /** The schema of each configuration property. */
    readonly properties: { readonly [key: string]: ConfigPropertySchema };
    /** The properties a pack config must set. */
    readonly required?: readonly string[];
}

/** The schema of a rule that takes no configuration. */
export interface NoConfigSchema {
    readonly properties: Record<never, never>;
}

type Simplify<T> = { [K in keyof T]: T[K] } & {};

/** The TypeScript type of a value with schema `S`. */
export type ConfigValue<S> = S extends { readonly enum: readonly (infer E)[] }
    ? Mutable<E>
    : S extends { readonly const: infer C }
      ? Mutable<C>
      : S extends { readonly type: infer N }
        ? N extends readonly (infer M)[]
            ? ValueOfType<M, S>
            : ValueOfType<N, S>
        : unknown;

/** The type of a value whose schema `S` has type name `N`. */
type ValueOfType<N, S> = N extends "string"
    ? string
    : N extends "number" | "integer"
      ? number
      : N extends "boolean"
        ? boolean
        : N extends "array"
          ? S extends { readonly items: infer I }
              ? ConfigValue<I>[]
              : unknown[]
          : N extends "object"
            ? S extends { readonly properties: infer P }
                ? ConfigObject<P, RequiredKeys<S>>
                : S extends { readonly additionalProperties: infer A extends ConfigPropertySchema }
                  ? Record<string, ConfigValue<A>>
                  : Record<string, unknown>
            : unknown;

type Mutable<T> = T extends readonly (infer E)[] ? Mutable<E>[] : T extends object ? { -readonly [K in keyof T]: Mutable<T[K]> } : T;

type RequiredKeys<S> = S extends { readonly required: readonly (infer K extends string)[] } ? K : never;

/** Keys whose schema gives a default: the engine fills them in, so they are always present. */
type DefaultedKeys<P> = { [K in keyof P]: P[K] extends { readonly default: unknown } ? K : never }[keyof P];

type ConfigObject<P, Present extends PropertyKey> = Simplify<
    { -readonly [K in keyof P as K extends Present | DefaultedKeys<P> ? K : never]: ConfigValue<P[K]> } & {
        -readonly [K in keyof P as K extends Present | DefaultedKeys<P> ? never : K]?: ConfigValue<P[K]>;
    }
>;

/**
 * The configuration a rule reads, from its schema: keys that are required, that have a schema
 * `default`, or that `configDefaults` sets (`Defaulted`) are always present; others may be absent.
 */
export type ConfigFromSchema<S extends ConfigSchema, Defaulted extends PropertyKey = never> = ConfigObject<
    S["properties"],
    RequiredKeys<S> | Defaulted
>;

/** What `configDefaults` may hold for schema `S`: values of the declared types, no other keys. */
export type ConfigDefaultsFor<S extends ConfigSchema> = { readonly [K in keyof S["properties"]]?: ConfigValue<S["properties"][K]> };
