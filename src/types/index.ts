import type { Unwrap } from "@pulumi/pulumi";
import type { AwsResourceTokens } from "./aws.generated";
import type { KubernetesResourceTokens } from "./kubernetes.generated";
import type { AzureNativeResourceTokens } from "./azure-native.generated";
import type { GcpResourceTokens } from "./gcp.generated";

/** Every resource type token the library knows, mapped to the module that types its props. */
export interface KnownResourceTokens extends AwsResourceTokens, KubernetesResourceTokens, AzureNativeResourceTokens, GcpResourceTokens {}

/**
 * A Pulumi type token of `@pulumi/aws`, `@pulumi/kubernetes`, `@pulumi/azure-native` or `@pulumi/gcp`,
 * such as `aws:s3/bucket:Bucket` or `azure-native:storage:StorageAccount`.
 */
export type KnownResourceType = keyof KnownResourceTokens;

/**
 * Known tokens mapped to their SDK `Args` interface. Empty here: each generated service module
 * (`src/types/aws/s3`, `src/types/kubernetes/apps`, ...) merges its tokens in, so a program
 * loads the types of the services it imports and never the whole SDK.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface KnownResourceArgs {}

/**
 * Resource types of other providers, declared by merging: each token names its props type.
 * ```ts
 * declare module "pulumi-guardrails" {
 *     interface CustomResourceArgs {
 *         "mycorp:index:Thing": { size?: number; owner?: string };
 *     }
 * }
 * ```
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface CustomResourceArgs {}

/** A type token a rule, a mock or a stack query may name: a known one or a declared custom one. */
export type ResourceType = KnownResourceType | keyof CustomResourceArgs;

/**
 * What a known token's props become when its service types are not imported: any read fails to
 * compile with a message that names the module to import.
 */
export interface ServiceTypesNotImported<Module> {
    /** A property whose name is the compile error: it names the module to import. */
    // Unconstrained and resolved lazily: checking every token's module against `string` up front is slow.
    readonly "props are untyped until the rule imports": Module extends string ? `pulumi-guardrails/types/${Module}` : never;
}

/**
 * The plain (unwrapped) input properties a policy sees for a resource type, from the SDK for
 * known tokens and from `CustomResourceArgs` for custom ones. A union of tokens gives a union of
 * props. `string` itself (a rule list that forgot its tokens), or every known token at once (shared
 * code that takes any type), gives an open record.
 */
export type ResourceProps<T extends string> = string extends T
    ? Record<string, unknown>
    : // Every known token at once (a helper over any type) is as open as `string`, and far cheaper.
      KnownResourceType extends T
      ? Record<string, unknown>
      : T extends keyof CustomResourceArgs
      ? CustomResourceArgs[T]
      : T extends keyof KnownResourceArgs
        ? UnwrappedArgs<T>
        : T extends KnownResourceType
          ? ServiceTypesNotImported<ServiceModuleOf<T>>
          : never;

/**
 * A known token's unwrapped Args, found by inference rather than by indexing: an index with a
 * generic token makes the compiler weigh every token's Args at once, which takes it minutes.
 */
type UnwrappedArgs<T extends string> = KnownResourceArgs extends { readonly [K in T]: infer Args } ? Unwrap<NonNullable<Args>> : never;

/**
 * The module that types a known token, looked up in its provider's registry: one lookup in the
 * union of every provider's tokens is more than the compiler will compare.
 */
type ServiceModuleOf<T extends string> = T extends keyof AwsResourceTokens
    ? AwsResourceTokens[T]
    : T extends keyof KubernetesResourceTokens
      ? KubernetesResourceTokens[T]
      : T extends keyof AzureNativeResourceTokens
        ? AzureNativeResourceTokens[T]
        : T extends keyof GcpResourceTokens
          ? GcpResourceTokens[T]
          : never;

/** A resource with its type: narrowing `type` narrows `props`. */
export type TypedResource<T extends string> = T extends unknown ? { readonly type: T; readonly props: ResourceProps<T> } : never;
