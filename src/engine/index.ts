/** Running policy packs without the Pulumi CLI: the analyzer-protocol host. */
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
