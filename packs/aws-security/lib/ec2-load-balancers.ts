/** Type tokens and small readers shared by the Elastic Load Balancing rules (elb/). */

/** ELBv2 listeners: `aws.lb.Listener` and its `aws.alb.Listener` alias. */
export const LISTENER_TYPES = ["aws:lb/listener:Listener", "aws:alb/listener:Listener"] as const;

/** ELBv2 load balancers (application, network, gateway): `aws.lb.LoadBalancer` and `aws.alb.LoadBalancer`. */
export const LOAD_BALANCER_TYPES = ["aws:lb/loadBalancer:LoadBalancer", "aws:alb/loadBalancer:LoadBalancer"] as const;

/** Classic load balancers, whose listeners are inline. */
export const CLASSIC_LOAD_BALANCER_TYPE = "aws:elb/loadBalancer:LoadBalancer";

/** An upper-cased protocol or type name, or undefined when the value is not a string. */
export function upper(value: unknown): string | undefined {
    return typeof value === "string" ? value.trim().toUpperCase() : undefined;
}

/** The ELBv2 load balancer type: `loadBalancerType`, which defaults to "application". */
export function loadBalancerType(value: unknown): string {
    return typeof value === "string" && value.trim() !== "" ? value.trim().toLowerCase() : "application";
}

/**
 * A security policy name fit to print: only AWS's predefined names (ELBSecurityPolicy-...).
 * Anything else is described rather than echoed.
 */
export function printablePolicyName(value: unknown): string | undefined {
    return typeof value === "string" && /^ELBSecurityPolicy-[A-Za-z0-9-]{1,100}$/.test(value) ? value : undefined;
}
