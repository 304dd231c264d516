/** @type {import('jest').Config} */
module.exports = {
    testEnvironment: "node",
    roots: ["<rootDir>/src", "<rootDir>/packs", "<rootDir>/tests", "<rootDir>/examples/platform-team-pack"],
    // The platform-team example imports the package by name, as its users would.
    moduleNameMapper: {
        "^pulumi-guardrails$": "<rootDir>/src/index.ts",
        "^pulumi-guardrails/(testing|engine|report|frameworks|governance)$": "<rootDir>/src/$1/index.ts",
        "^pulumi-guardrails/packs$": "<rootDir>/packs/index.ts",
    },
    testMatch: ["**/*.test.ts"],
    transform: {
        // Type checking is `npm run typecheck`'s job; jest only transpiles, which keeps it fast.
        "^.+\\.ts$": ["ts-jest", { diagnostics: false }],
    },
    testTimeout: 60000,
    // The summary reporter writes counts for .ci/run when GUARDRAILS_JEST_JSON names a file.
    reporters: ["default", "<rootDir>/tests/summary-reporter.js"],
};
