// Preloaded into a policy pack process (NODE_OPTIONS="--require <this file>") to profile it:
// node 20 refuses --cpu-prof in NODE_OPTIONS, and the host stops a pack with SIGTERM, which
// would lose a --cpu-prof profile anyway. This starts the V8 profiler before the pack loads and
// writes <BENCH_PROFILE_DIR>/<pack dir name>-<pid>.cpuprofile when the pack is stopped
// (open it in Chrome DevTools or speedscope). bench/protocol.mjs sets it up for BENCH_PROFILE_DIR.
const inspector = require("node:inspector");
const fs = require("node:fs");
const path = require("node:path");

const dir = process.env.BENCH_PROFILE_DIR;
if (dir) {
    const session = new inspector.Session();
    session.connect();
    session.post("Profiler.enable");
    session.post("Profiler.setSamplingInterval", { interval: 200 });
    session.post("Profiler.start");
    process.once("SIGTERM", () => {
        session.post("Profiler.stop", (error, result) => {
            if (!error) {
                fs.mkdirSync(dir, { recursive: true });
                const file = path.join(dir, `${path.basename(process.cwd())}-${process.pid}.cpuprofile`);
                fs.writeFileSync(file, JSON.stringify(result.profile));
            }
            process.exit(0);
        });
    });
}
