/**
 * Two projects: `unit` (rules, src, pure tests: in-process, no build needed) and `e2e` (tests
 * that run the product as processes or need dist/: the CLI, launched policy packs, example
 * programs, pack builds and installs, the rule scaffolder, API reports). `npm test` runs both in
 * one jest run; `npm run test:unit` / `test:e2e` run one.
 */

/** The e2e test files, under tests/ unless a path is given. */
const E2E = [
    "api-report",
    "architecture",
    "cli",
    "cli-start",
    "differential",
    "environments",
    "example-programs",
    "frameworks-cli",
    "governance",
    "governance-approvals",
    "malformed-inputs",
    "new-rule",
    "pack-resilience",
    "package",
    "policy-packs",
    "preview",
    "protocol",
    "rule-examples-protocol",
    "secret-leaks",
    "output-safety",
    "exemptions-concurrency",
    "as-of-time",
    "governance-signatures",
    "analyzer-dispatch",
    "cli-readable",
    "baseline",
    "source-lines",
    "engine-events",
    "html-report",
    "platform-pack",
    "pulumi-exceptions",
    "terraform-state",
    "streamed-report-cli",
    "packs-bundle",
    "precompiled-validators",
    "heap-growth",
];
const e2eFiles = E2E.map((name) => `<rootDir>/${name.includes("/") ? name : `tests/${name}`}.test.ts`);
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const shared = {
    testEnvironment: "node",
    // examples/platform-team-pack runs its own jest, installed as its users install it (tests/platform-pack.test.ts).
    roots: ["<rootDir>/src", "<rootDir>/packs", "<rootDir>/tests"],
    // Code that imports the package by name, as its users would.
    moduleNameMapper: {
        "^pulumi-guardrails$": "<rootDir>/src/index.ts",
        "^pulumi-guardrails/(testing|engine|report|frameworks|governance)$": "<rootDir>/src/$1/index.ts",
        "^pulumi-guardrails/packs$": "<rootDir>/packs/index.ts",
    },
    transform: {
        // Type checking is `npm run typecheck`'s job; jest only transpiles, which keeps it fast.
        "^.+\\.ts$": ["ts-jest", { diagnostics: false }],
    },
};

/** @type {import('jest').Config} */
module.exports = {
    projects: [
        {
            ...shared,
            displayName: "unit",
            testMatch: ["**/*.test.ts"],
            testPathIgnorePatterns: ["/node_modules/", ...e2eFiles.map((f) => `^${escape(f.replace("<rootDir>", __dirname))}$`)],
        },
        { ...shared, displayName: "e2e", testMatch: e2eFiles },
    ],
    // Jest's default on 2 cores is one worker, which runs every file in band; the e2e files
    // mostly wait on child processes, so a worker per core keeps both cores busy.
    maxWorkers: "100%",
    testTimeout: 60000,
    // The summary reporter writes counts for .ci/run when GUARDRAILS_JEST_JSON names a file.
    reporters: ["default", "<rootDir>/tests/summary-reporter.js"],
};
