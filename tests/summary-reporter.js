// A jest reporter that writes the run's counts to the file named by GUARDRAILS_JEST_JSON, so
// .ci/run can print "N passed, N failed" without parsing jest's console output.
const fs = require("node:fs");

class SummaryReporter {
    onRunComplete(_contexts, results) {
        const target = process.env.GUARDRAILS_JEST_JSON;
        if (!target) return;
        fs.writeFileSync(
            target,
            JSON.stringify({
                numPassedTests: results.numPassedTests,
                numFailedTests: results.numFailedTests,
                numRuntimeErrorTestSuites: results.numRuntimeErrorTestSuites,
            }),
        );
    }
}

module.exports = SummaryReporter;
