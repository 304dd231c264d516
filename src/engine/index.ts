/** Running policy packs without the Pulumi CLI: the analyzer-protocol host and the offline check. */
export {
    launchPolicyPack,
    PolicyPackHostError,
    type RunningPack,
    type LaunchOptions,
    type WireResource,
    type WirePolicyConfig,
    type AnalyzerInfo,
    type PolicyInfo,
    type WireDiagnostic,
    type AnalyzeResult,
    type WireRemediation,
} from "./analyzer-host";
export { analyzePack, engineConfig, type AnalyzePackOptions, type AnalyzePackResult } from "./analyze-pack";
export { checkResources, hasMandatoryFindings, type CheckResult, type CheckOptions, type Finding, type RemediationFinding, type CheckedResource } from "./check";
export { resolvePolicyConfig, readConfigFile, environmentConfig, environmentNames, configuredEnvironment, GOVERNANCE_POLICY, type ConfigSource, type PolicyPackConfigDocument } from "./config";
export { loadInputFile, convertInput, readJsonFile, type LoadedInput, type InputKind } from "./inputs";
export { InputError } from "./errors";
export { packageVersion } from "../package-root";
export { diffDiagnostics, type ComparableDiagnostic, type DiagnosticDifference } from "./differential";
export { runProgramDirectory, ProgramError, type ProgramRun, type ProgramRunOptions } from "./program";
export {
    evaluatePolicies,
    PolicyEvaluationError,
    type ResourceUnderTest,
    type EvaluationOptions,
    type EvaluationResult,
    type Diagnostic,
    type EngineDiagnostic,
    type RemediationRecord,
    type NotApplicableRecord,
    type PolicyConfigEntry,
} from "./evaluate";
export { buildPolicies } from "../pack";
export { toPolicy, violationText, exemptedText, type PolicyHooks, type DecisionEvent, type DecisionOutcome, type ExemptionGrant } from "../policy";
export { SECRET_PLACEHOLDER, UNKNOWN_SENTINELS, type UnknownKind } from "../resource";
export { decodeProps, encodeProps, SIG_KEY, SECRET_SIG, type DecodedProps, type PropertyPathSegments } from "./wire";
export type { PathSegments, SecretMarks } from "../secrets";
