/** Every pack the library ships. */
import type { PackDefinition, Rule } from "../src";
import { awsSecurity } from "./aws-security";

export { awsSecurity };

export const allPacks: readonly PackDefinition[] = [awsSecurity];

/** Every rule of every pack. */
export const allRules: readonly Rule[] = allPacks.flatMap((pack) => pack.rules);
