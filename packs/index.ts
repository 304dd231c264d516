/** Every pack the library ships. */
import type { PackDefinition, Rule } from "../src";
import { access } from "./access";
import { awsSecurity } from "./aws-security";
import { cost } from "./cost";
import { kubernetes } from "./kubernetes";
import { tagging } from "./tagging";

export { access, awsSecurity, cost, kubernetes, tagging };
export { pssProfile, pssVersionConfig, RESTRICTED_OVERRIDES, type PssProfile, type PssProfileOptions } from "./kubernetes";
export { estimateMonthlyCost } from "./cost";

export const allPacks: readonly PackDefinition[] = [awsSecurity, kubernetes, tagging, cost, access];

/** Every rule of every pack. */
export const allRules: readonly Rule[] = allPacks.flatMap((pack) => pack.rules);
