/**
 * pulumi-guardrails: typed rules on @pulumi/policy, composed into packs.
 *
 * This root export is what rule authors and platform teams need: define rules, read their
 * props safely, select rules and compose packs. Everything else lives under explicit subpaths:
 * `pulumi-guardrails/testing` (the testing kit), `pulumi-guardrails/engine` (offline evaluator,
 * wire codec, analyzer-protocol host), `pulumi-guardrails/report` (report formats),
 * `pulumi-guardrails/frameworks` (compliance frameworks) and `pulumi-guardrails/governance`
 * (exemptions, decision log, provisioning keys).
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
    type ExampleResource,
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
    type MessageViolation,
    type MessageData,
    type MaybePromise,
} from "./rule";
export {
    definePack,
    composePack,
    resolveLevel,
    selectRules,
    SelectionError,
    type PackDefinition,
    type SummarizedResource,
    type LevelOverrides,
    type ComposeOptions,
    type RuleSelection,
} from "./pack";
export { known, knownOr, peek, listOf, recordOf, isUnknownSentinel, propertyPath, type Known } from "./resource";
export { SecretValueError, isSecretValueError } from "./secrets";
export type {
    KnownResourceType,
    KnownResourceArgs,
    KnownResourceTokens,
    CustomResourceArgs,
    ResourceType,
    ResourceProps,
    TypedResource,
    ServiceTypesNotImported,
} from "./types";
export type { ConfigSchema, ConfigPropertySchema, ConfigFromSchema, ConfigValue, ConfigDefaultsFor, JsonValue } from "./config-schema";
export type { CheckResult, Finding, InactiveExemption, RemediationFinding, CheckedResource, DiagnosticKind, PropertyChange } from "./result";
export { FRAMEWORK_KEYS, frameworkKeyOf, closestName, type FrameworkName } from "./names";
