/** The governance config a command uses: `--governance <file>`, else the one this package ships. */
import * as fs from "node:fs";
import * as path from "node:path";
import { asInputError } from "./input-errors";
import { packageRoot } from "../package-root";
import { NO_GOVERNANCE, readGovernanceFile, type GovernanceConfig } from "../governance";

/** The shipped governance config: config/governance.json of this package. */
export function shippedGovernancePath(): string {
    return path.join(packageRoot(), "config", "governance.json");
}

/** Reads `--governance <file>` (it must exist), else the shipped config, else none; problems are InputErrors. */
export function governanceConfigFor(file: string | undefined): GovernanceConfig {
    const source = file ?? (fs.existsSync(shippedGovernancePath()) ? shippedGovernancePath() : undefined);
    if (!source) return NO_GOVERNANCE;
    return asInputError(() => readGovernanceFile(source));
}
