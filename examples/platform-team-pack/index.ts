/**
 * Acme's policy pack entry point. `pulumi preview --policy-pack <this dir>` runs it after
 * `npm install && npm run build`; set GUARDRAILS_ENV=prod for production levels.
 */
import { composePack } from "pulumi-guardrails";
import { levelsFor, rules } from "./rules";

composePack({ name: "acme-guardrails", rules, levels: levelsFor(process.env.GUARDRAILS_ENV ?? "dev") });
