/** Governance: just-in-time exemptions, the decision log and the provisioning key. */
export { type Clock, systemClock, parseDuration } from "./clock";
export {
    ExemptionIndex,
    ExemptionsError,
    checkExemptions,
    readExemptionsFile,
    exemptionStatus,
    whyNotApplied,
    urnMatcher,
    exemptionsSchema,
    DEFAULT_MAX_DURATION_MS,
    type Exemption,
    type ExemptionsFile,
    type ExemptionRules,
    type ExemptionStatus,
} from "./exemptions";
export { DecisionLog, readDecisionLog, filterDecisions, currentActor, type DecisionRecord, type DecisionFilter, type DecisionLogContext } from "./decision-log";
export { digestOf, issueKey, verifyKey, readKeyFile, type ApprovedPolicySet, type ProvisioningKey, type KeyVerdict, type IssueOptions } from "./provisioning-key";
export { Governance, governanceFromEnvironment, observeConfigure, KEY_POLICY, type GovernanceOptions, type ConfiguredPolicies } from "./runtime";
export { serveGovernedPack, launchedByPolicyPackRunner } from "./serve";
export { governanceSettings } from "./settings";
export { DECISION_OUTCOMES, type DecisionOutcome, type DecisionEvent } from "../policy";
