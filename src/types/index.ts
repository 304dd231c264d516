import type { Unwrap } from "@pulumi/pulumi";
import type { AwsResourceArgs } from "./aws.generated";
import type { KubernetesResourceArgs } from "./kubernetes.generated";

/** Every resource type token the library knows, mapped to its SDK `Args` interface. */
export interface KnownResourceArgs extends AwsResourceArgs, KubernetesResourceArgs {}

/** A Pulumi type token such as `aws:s3/bucket:Bucket` or `kubernetes:apps/v1:Deployment`. */
export type KnownResourceType = keyof KnownResourceArgs;

/**
 * The plain (unwrapped) input properties a policy sees for a resource type: typed from the
 * provider SDK for known tokens, an open record for any other token.
 */
export type ResourceProps<T extends string> = T extends KnownResourceType
    ? Unwrap<NonNullable<KnownResourceArgs[T]>>
    : Record<string, unknown>;
