/**
 * pulumi-guardrails: typed rules on @pulumi/policy, composed into packs.
 *
 * Importing this module has no side effects: no server starts until a pack entry point calls
 * `composePack`, and no provider SDK is loaded.
 */
export {
    defineRule,
    RuleDefinitionError,
    LEVELS,
    SEVERITIES,
    type Level,
    type Severity,
    type FrameworkMapping,
    type RuleConfig,
    type RuleMetadata,
    type RuleExample,
    type RuleExamples,
    type Rule,
    type ResourceRule,
    type StackRule,
    type ResourceRuleDefinition,
    type StackRuleDefinition,
    type RuleContext,
    type ResourceRuleContext,
    type StackResource,
    type StackView,
    type Violation,
} from "./rule";
export {
    definePack,
    composePack,
    buildPolicies,
    resolveLevel,
    selectRules,
    type PackDefinition,
    type SummarizedResource,
    type LevelOverrides,
    type ComposeOptions,
    type RuleSelection,
} from "./pack";
export { toPolicy, violationText, exemptedText, type PolicyHooks, type DecisionEvent, type DecisionOutcome, type ExemptionGrant } from "./policy";
export {
    known,
    knownOr,
    listOf,
    recordOf,
    isUnknownSentinel,
    propertyPath,
    redactSecrets,
    SECRET_PLACEHOLDER,
    UNKNOWN_SENTINELS,
    type Known,
    type UnknownKind,
} from "./resource";
export {
    evaluatePolicies,
    PolicyEvaluationError,
    type ResourceUnderTest,
    type EvaluationOptions,
    type EvaluationResult,
    type Diagnostic,
    type EngineDiagnostic,
    type DiagnosticKind,
    type RemediationRecord,
    type PropertyChange,
    type PolicyConfigEntry,
} from "./evaluate";
export type { KnownResourceType, KnownResourceArgs, ResourceProps } from "./types";
export {
    loadFrameworks,
    findFramework,
    frameworkRules,
    frameworkCoverage,
    levelsFromSeverity,
    groupByControl,
    renderFrameworksDoc,
    FRAMEWORK_NAMES,
    type Framework,
    type FrameworkControl,
    type FrameworkCoverage,
    type FrameworkResult,
    type ControlStatus,
} from "./frameworks";
