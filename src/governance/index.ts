/** Governance: just-in-time exemptions, the decision log, provisioning keys, and the trust (signatures) behind them. */
export { type Clock, systemClock, parseDuration } from "./clock";
export {
    ExemptionIndex,
    ExemptionsError,
    checkExemptions,
    readExemptionsFile,
    updateExemptionsFile,
    exemptionStatus,
    whyNotApplied,
    urnMatcher,
    exemptionsSchema,
    DEFAULT_MAX_DURATION_MS,
    type Exemption,
    type ExemptionsFile,
    type ExemptionRules,
    type ExemptionStatus,
    type ExemptionJudge,
    type JudgedExemption,
} from "./exemptions";
export { signedBodyOf, signExemption, exemptionSignatureHolds, judgeTrust, type TrustContext, type TrustProblem, type TrustVerdict } from "./exemption-trust";
export {
    GovernanceConfig,
    GovernanceConfigError,
    NO_GOVERNANCE,
    TRUST_ROLES,
    DEFAULT_MAX_EXEMPTION_MS,
    checkGovernanceDocument,
    readGovernanceFile,
    updateGovernanceFile,
    governanceSchema,
    type TrustRole,
    type TrustedKey,
    type RetiredKey,
    type EnvironmentGovernance,
    type GovernanceDocument,
} from "./governance-config";
export {
    KeyFileError,
    KEY_ID,
    fingerprintOf,
    encodePublicKey,
    decodePublicKey,
    generateKeyFiles,
    readSigningKey,
    readPublicKeyFile,
    signBody,
    verifyBody,
    type Signature,
    type SigningKey,
} from "./signing";
export { DecisionLog, readDecisionLog, filterDecisions, currentActor, type DecisionRecord, type DecisionFilter, type DecisionLogContext } from "./decision-log";
export {
    digestOf,
    describeChanges,
    issueKey,
    verifyKey,
    readKeyFile,
    type ApprovedPolicySet,
    type ProvisioningKey,
    type KeyVerdict,
    type IssueOptions,
    type VerifyOptions,
} from "./provisioning-key";
export {
    Governance,
    governanceFromEnvironment,
    observeConfigure,
    shippedGovernanceFile,
    KEY_POLICY,
    KEY_POLICY_DESCRIPTION,
    type GovernanceOptions,
    type ConfiguredPolicies,
    type ConfigureObservation,
} from "./runtime";
export { serveGovernedPack, launchedByPolicyPackRunner } from "./serve";
export { DECISION_OUTCOMES, type DecisionOutcome, type DecisionEvent } from "../policy";
