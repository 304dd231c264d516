// Preloaded (node --require) into a measured process when /usr/bin/time is missing: at exit it
// writes "<peak RSS KiB> <user s> <system s>" (what `/usr/bin/time -f "%M %U %S"` reports) to
// $BENCH_MAX_RSS_FILE.
const fs = require("node:fs");

const file = process.env.BENCH_MAX_RSS_FILE;
if (file) {
    process.on("exit", () => {
        const usage = process.resourceUsage();
        fs.writeFileSync(file, `${usage.maxRSS} ${usage.userCPUTime / 1e6} ${usage.systemCPUTime / 1e6}`);
    });
}
