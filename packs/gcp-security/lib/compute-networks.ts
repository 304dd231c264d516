/** VPC networks and subnets, read the same way by every network rule. */
import { recordOf } from "../../../src";

export const NETWORK = "gcp:compute/network:Network";
export const SUBNETWORK = "gcp:compute/subnetwork:Subnetwork";

/**
 * True when the subnet hosts VMs: `purpose` PRIVATE (its default when left out; the API's older
 * spelling for the same is PRIVATE_RFC_1918). Proxy-only, Private Service Connect, Private NAT
 * and peer-migration subnets hold no VM interfaces, and flow logs are not supported on proxy-only
 * ones. Reading an unknown purpose throws.
 */
export function hostsVms(props: unknown): boolean {
    const purpose = recordOf(props).purpose;
    if (purpose === undefined || purpose === null) return true;
    if (typeof purpose !== "string") return false;
    const text = purpose.trim().toUpperCase();
    return text === "" || text === "PRIVATE" || text === "PRIVATE_RFC_1918";
}

/** "Subnetwork `app`", "Network `prod`". */
export function networkSubject(type: string, name: string): string {
    return `${type === SUBNETWORK ? "Subnetwork" : type === NETWORK ? "Network" : "Resource"} \`${name}\``;
}
