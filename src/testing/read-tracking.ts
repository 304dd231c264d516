/**
 * Read tracking for rule cases: which top-level properties of which resources a rule read while
 * judging them, so a case can prove the rule looked at what it was given.
 *
 * It wraps the rule, never the engine: the props the rule receives are the engine's own
 * unknown-checking proxies, seen through a thin proxy that only records the key before
 * forwarding. Reading an unknown still throws exactly as under `pulumi preview`.
 */
import type { ResourceRule, ResourceRuleContext, Rule, StackResource, StackRule, StackView } from "../rule";
import { IS_PROXY, PROXY_TARGET } from "../sdk";

/** What a rule read, by URN: top-level property names, plus `(opts)` / `(provider)` / `*` (the whole object). */
export class ReadLog {
    private readonly reads = new Map<string, Set<string>>();

    /** Notes that the rule read `key` of the resource with this URN. */
    record(urn: string, key: string): void {
        let keys = this.reads.get(urn);
        if (!keys) this.reads.set(urn, (keys = new Set()));
        keys.add(key);
    }

    /** Keys read on the resource with this URN (empty when the rule never looked at its props). */
    keysOf(urn: string): ReadonlySet<string> {
        return this.reads.get(urn) ?? new Set();
    }
}

// Asking whether props are the SDK's proxy reads nothing; asking for its target hands out the whole object.
function recordingProxy<T extends object>(target: T, note: (key: string) => void): T {
    return new Proxy(target, {
        get(obj, key) {
            if (key === PROXY_TARGET) note("*");
            else if (typeof key === "string" && key !== IS_PROXY) note(key);
            // No receiver: the SDK proxy's trap reads the raw object itself.
            return Reflect.get(obj, key);
        },
        has(obj, key) {
            if (typeof key === "string") note(key);
            return Reflect.has(obj, key);
        },
        ownKeys(obj) {
            note("*");
            return Reflect.ownKeys(obj);
        },
    });
}

function isObject(value: unknown): value is object {
    return value !== null && typeof value === "object";
}

/**
 * A context whose `resource.props` are the same recording props the rule got as its argument,
 * and whose `opts` and `provider` reads count as judging the resource (rules may decide on them).
 */
function recordingContext(ctx: ResourceRuleContext, props: object, log: ReadLog): ResourceRuleContext {
    const resource = { ...ctx.resource, props };
    return new Proxy(ctx, {
        get(obj, key) {
            if (key === "resource") return resource;
            if (key === "opts" || key === "provider") log.record(obj.urn, `(${key})`);
            return Reflect.get(obj, key);
        },
    });
}

/** A stack view whose resources record reads of their props; one wrapper per resource keeps identity. */
function recordingView(view: StackView, log: ReadLog): StackView {
    const wrapped = new Map<StackResource, StackResource>();
    const recordingProps = new WeakMap<object, object>();
    const wrap = (r: StackResource): StackResource => {
        let w = wrapped.get(r);
        if (w) return w;
        w = new Proxy(r, {
            get(obj, key) {
                const value: unknown = Reflect.get(obj, key);
                if (key === "props" && isObject(value)) {
                    let recording = recordingProps.get(value);
                    if (!recording) recordingProps.set(value, (recording = recordingProxy(value, (k) => log.record(obj.urn, k))));
                    return recording;
                }
                if (key === "parent") return value ? wrap(value as StackResource) : value;
                if (key === "dependencies") return (value as readonly StackResource[]).map(wrap);
                if (key === "propertyDependencies") {
                    return Object.fromEntries(Object.entries(value as Record<string, readonly StackResource[]>).map(([k, list]) => [k, list.map(wrap)]));
                }
                return value;
            },
        });
        wrapped.set(r, w);
        return w;
    };
    // Any view method (present or added later) that hands out resources hands out wrapped ones.
    const wrapResult = (value: unknown): unknown => {
        if (Array.isArray(value)) return value.map(wrapResult);
        if (isObject(value) && "urn" in value && "props" in value && "type" in value) return wrap(value as StackResource);
        return value;
    };
    let resources: readonly StackResource[] | undefined;
    return new Proxy(view, {
        get(obj, key) {
            const value: unknown = Reflect.get(obj, key);
            if (key === "resources") return (resources ??= (value as readonly StackResource[]).map(wrap));
            if (typeof value === "function") return (...args: unknown[]) => wrapResult((value as (...a: unknown[]) => unknown).apply(obj, args));
            return value;
        },
    });
}

/** A copy of `rule` whose validation records what it reads into `log`; remediation is left as it is. */
export function withReadTracking(rule: Rule, log: ReadLog): Rule {
    if (rule.kind === "stack") {
        const validate: StackRule["validate"] = (view, ctx) => rule.validate(recordingView(view, log), ctx);
        return { ...rule, validate };
    }
    const validate: ResourceRule["validate"] = (props, ctx) => {
        const recording = recordingProxy(props, (k) => log.record(ctx.urn, k));
        return rule.validate(recording, recordingContext(ctx, recording, log));
    };
    return { ...rule, validate };
}
