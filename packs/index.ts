/** Every pack the library ships. */
import type { PackDefinition, Rule } from "../src";
import { access } from "./access";
import { awsSecurity } from "./aws-security";
import { azureSecurity } from "./azure-security";
import { cost } from "./cost";
import { gcpSecurity } from "./gcp-security";
import { kubernetes } from "./kubernetes";
import { tagging } from "./tagging";

export { access, awsSecurity, azureSecurity, cost, gcpSecurity, kubernetes, tagging };
export { pssProfile, pssVersionConfig, RESTRICTED_OVERRIDES, type PssProfile, type PssProfileOptions } from "./kubernetes";
export { estimateMonthlyCost } from "./cost";

export const allPacks: readonly PackDefinition[] = [awsSecurity, kubernetes, tagging, cost, access, azureSecurity, gcpSecurity];

/** Every rule of every pack. */
export const allRules: readonly Rule[] = allPacks.flatMap((pack) => pack.rules);
