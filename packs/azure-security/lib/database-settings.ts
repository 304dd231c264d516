/**
 * Reading settings of Azure's database services: enumeration values (case-insensitive on the
 * wire), server parameters (PostgreSQL and MySQL `Configuration` resources), and joining a
 * server's separate resources (auditing policies, Entra administrators, ...) to the server.
 */
import { peek, recordOf, type MessageData, type ResourceType, type RuleContext, type StackResource, type StackView } from "../../../src";
import { joinSatellites, type Join } from "../../shared/join";

/** True when `value` is one of `expected`, ignoring case, as Azure reads enumeration values. */
export function enumIs(value: unknown, ...expected: readonly string[]): boolean {
    if (typeof value !== "string") return false;
    const text = value.trim().toLowerCase();
    return expected.some((e) => e.toLowerCase() === text);
}

/** `value` in quotes when it looks like an enumeration or parameter value (safe to print), else undefined. */
export function enumText(value: unknown): string | undefined {
    return typeof value === "string" && /^[A-Za-z0-9:._,-]{1,48}$/.test(value) ? `"${value}"` : undefined;
}

/** How a value is described in a message: quoted when printable, else a neutral phrase. */
export function describeValue(value: unknown): string {
    if (value === undefined || value === null) return "not set";
    return enumText(value) ?? "set to a value that cannot be shown";
}

/** True when a server parameter names `parameter` (parameter names are case-insensitive). */
export function isParameter(configurationName: unknown, parameter: string): boolean {
    return typeof configurationName === "string" && configurationName.trim().toLowerCase() === parameter;
}

/** The spellings PostgreSQL and MySQL accept for a boolean parameter switched off. */
const OFF_VALUES = new Set(["off", "false", "no", "0"]);

/** True when a boolean server parameter's value switches it off. */
export function isOffValue(value: unknown): boolean {
    return typeof value === "string" && OFF_VALUES.has(value.trim().toLowerCase());
}

/**
 * Joins resources that name their server in `serverName` (an auditing policy, an Entra
 * administrator, ...) to the servers of the stack: by the property dependency of `serverName`
 * first (known during preview), then by its value against the server's own `serverName`.
 */
export function joinToServers(stack: StackView, serverTypes: readonly ResourceType[], childTypes: readonly ResourceType[]): Join {
    return joinSatellites(stack, { parentTypes: serverTypes, parentKeys: ["serverName"], childTypes, childKey: "serverName" });
}

/** A problem with one resource, before its URN is attached. */
export interface ServerProblem {
    readonly messageId: string;
    readonly data?: MessageData;
    readonly propertyPath?: string;
}

export interface ServerSettingCheck {
    /** The server types judged. */
    readonly serverTypes: readonly ResourceType[];
    /** The separate resources that can carry the setting for a server. */
    readonly childTypes: readonly ResourceType[];
    /** `undefined` when the separate resource configures the setting correctly, else what is wrong. */
    judgeChild(child: StackResource): ServerProblem | undefined;
    /** `"ok"` when the server's own props configure the setting correctly; else `undefined`. */
    judgeInline?(server: StackResource): "ok" | undefined;
    /** The problem reported on a server that has the setting nowhere. */
    missing(server: StackResource): ServerProblem;
}

/**
 * Reports, for every server of the stack: its separate resources that configure the setting
 * wrongly (when none of them gets it right), or, with none and nothing inline, the server
 * itself. While some resource's server cannot be told (an unknown `serverName` without a
 * dependency, in preview), servers are not reported for lacking the setting: it may be theirs.
 */
export function checkEveryServer(stack: StackView, ctx: RuleContext, check: ServerSettingCheck): void {
    const join = joinToServers(stack, check.serverTypes, check.childTypes);
    for (const server of join.parents) {
        const children = join.childrenOf(server.urn);
        const verdicts = children.map((child) => ({ child, problem: check.judgeChild(child) }));
        if (verdicts.some((v) => v.problem === undefined)) continue;
        if (check.judgeInline?.(server) === "ok") continue;
        if (verdicts.length > 0) {
            for (const { child, problem } of verdicts) if (problem) ctx.report({ urn: child.urn, ...problem });
            continue;
        }
        if (join.hasUnknownReferences) continue;
        ctx.report({ urn: server.urn, ...check.missing(server) });
    }
}

/**
 * Whether a PostgreSQL or MySQL flexible server takes public connections, from its `network`
 * block: `publicNetworkAccess` when set; left out, "Disabled" for a server integrated into a
 * virtual network (`delegatedSubnetResourceId`), which cannot have public access, else "Enabled".
 * Returns undefined when public access is off, else how the message should describe it.
 */
export function flexibleServerPublicAccess(network: unknown): string | undefined {
    const settings = recordOf(network);
    const access = settings.publicNetworkAccess;
    if (access === undefined || access === null) {
        const subnet = settings.delegatedSubnetResourceId;
        if (typeof subnet === "string" && subnet.trim() !== "") return undefined;
        return 'not set, and without a delegated subnet Azure\'s default is "Enabled"';
    }
    return enumIs(access, "Disabled") ? undefined : describeValue(access);
}

/**
 * A name for a message (a server's or database's, read by `read`), quoted when printable, else
 * `fallback`. Read with `peek`: a name still unknown in preview only changes the wording, never
 * the verdict, so it must not keep the rule from judging.
 */
export function nameText(read: () => unknown, fallback: string): string {
    const found = peek(read);
    const name = found.known ? found.value : undefined;
    return typeof name === "string" && /^[A-Za-z0-9._-]{1,128}$/.test(name) ? `\`${name}\`` : fallback;
}
