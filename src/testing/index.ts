/**
 * The pulumi-guardrails testing kit: build mocked resources (with unknown and secret values),
 * run rules or whole packs on them with `pulumi preview` semantics, run Pulumi programs under
 * mocks, and assert on the results.
 */
export { unknown, secret, unreadableSecret } from "./markers";
export { mockResource, type MockResourceOptions, type MockProps } from "./mock-resource";
export { runRule, runRules, type RunOptions, type RunResult } from "./run";
export { runProgram, type ProgramOptions, type ProgramResult } from "../engine/mock-program";
export {
    expectViolation,
    expectNoViolations,
    expectSkippedForUnknown,
    expectCouldNotJudge,
    expectRemediated,
    expectNoSecretsInMessages,
    type ViolationQuery,
} from "./assertions";
export { checkCase, caseKind, type RuleCase, type CaseKind, type ExpectedViolation } from "./cases";
