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
export interface ServiceTypesNotImported<Module extends string> {
    /** A property whose name is the compile error: it names the module to import. */
    readonly "props are untyped until the rule imports": `pulumi-guardrails/types/${Module}`;
}

/**
 * The plain (unwrapped) input properties a policy sees for a resource type, from the SDK for
 * known tokens and from `CustomResourceArgs` for custom ones. A union of tokens gives a union of
 * props. `string` itself (a rule list that forgot its tokens) gives an open record.
 */
export type ResourceProps<T extends string> = string extends T
    ? Record<string, unknown>
    : T extends keyof CustomResourceArgs
      ? CustomResourceArgs[T]
      : T extends keyof KnownResourceArgs
        ? Unwrap<NonNullable<KnownResourceArgs[T]>>
        : T extends KnownResourceType
          ? ServiceTypesNotImported<KnownResourceTokens[T]>
          : never;

/** A resource with its type: narrowing `type` narrows `props`. */
export type TypedResource<T extends string> = T extends unknown ? { readonly type: T; readonly props: ResourceProps<T> } : never;
