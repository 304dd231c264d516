/**
 * Typed access to the @pulumi/policy exports that its declaration files omit (they are marked
 * internal there but exported at run time since 1.21): the unknown-checking proxy the policy
 * server wraps props in, and the error it throws when a rule reads an unknown value.
 *
 * Both live in `@pulumi/policy/proxy`, a module with no imports, which the SDK's index
 * re-exports (index.js: `proxy_1 = require("./proxy")`), so the classes are the ones the policy
 * server uses. Importing the index instead would load all of @pulumi/pulumi (TypeScript, gRPC,
 * OpenTelemetry …: about a second) for two small definitions.
 */
import * as policySdk from "@pulumi/policy/proxy";

/** Thrown by the proxy when a rule reads a value that is unknown during preview. */
export interface UnknownValueErrorInstance extends Error {
    /** The property path read, e.g. `["tags", "owner"]`. */
    readonly props: ReadonlyArray<string | symbol>;
}

interface InternalExports {
    UnknownValueError: new (sentinel: string, props: ReadonlyArray<string | symbol>) => UnknownValueErrorInstance;
    unknownCheckingProxy<T>(value: T): T;
    unknownBooleanValue: string;
    unknownNumberValue: string;
    unknownStringValue: string;
    unknownArrayValue: string;
    unknownAssetValue: string;
    unknownArchiveValue: string;
    unknownObjectValue: string;
    isSpecialProxy: string;
    getSpecialProxyTarget: string;
}

const internal = policySdk as unknown as InternalExports;

/** The sentinel strings the proxy treats as unknown (the same list as its `isUnknown`). */
const UNKNOWN_SENTINELS: ReadonlySet<unknown> = new Set([
    internal.unknownBooleanValue,
    internal.unknownNumberValue,
    internal.unknownStringValue,
    internal.unknownArrayValue,
    internal.unknownAssetValue,
    internal.unknownArchiveValue,
    internal.unknownObjectValue,
]);

/** True when `value` is one of the proxy's unknown sentinels. */
export function isUnknownSentinel(value: unknown): boolean {
    return UNKNOWN_SENTINELS.has(value);
}

/** True when `value` is, or holds anywhere inside, a value unknown during preview. */
export function containsUnknown(value: unknown): boolean {
    if (typeof value === "string") return UNKNOWN_SENTINELS.has(value);
    if (value === null || typeof value !== "object") return false;
    return Object.values(value).some(containsUnknown);
}

export const UnknownValueError = internal.UnknownValueError;

/** The key on which the SDK's proxy answers `true` (see proxyHelper in @pulumi/policy/proxy.js). */
export const IS_PROXY = internal.isSpecialProxy;
/** The key on which the SDK's proxy hands out its raw target. */
export const PROXY_TARGET = internal.getSpecialProxyTarget;
export const unknownCheckingProxy = internal.unknownCheckingProxy;

/** True when `error` is the SDK's unknown-value error (so the server reports "can't run … during preview"). */
export function isUnknownValueError(error: unknown): error is UnknownValueErrorInstance {
    return error instanceof internal.UnknownValueError;
}
