// Builds dependency-cruiser's rules from architecture.json, so the allowed arrows are data.
const { parts } = require("./architecture.json");

const TESTS = "(\\.test\\.ts$|/__tests__/|^tests/)";
const either = (patterns) => patterns.map((p) => `(${p})`).join("|");

const allowed = [
    // Packages and node's own modules are fine here; which packages a layer may load is eslint's job.
    { from: {}, to: { dependencyTypes: ["npm", "npm-dev", "npm-peer", "npm-optional", "npm-no-pkg", "core", "type-only"], path: "^(?!src/|packs/|tests/)" } },
    // Tests may import any part.
    { from: { path: TESTS }, to: {} },
    // Written into dist/ by the build (scripts/compile-validators.mjs); absent in the source tree.
    { from: { path: "^src/precompiled-validators\\.ts$" }, to: { path: "^\\./validators\\.generated$", couldNotResolve: true } },
];
for (const [name, part] of Object.entries(parts)) {
    const targets = part.mayImport.flatMap((other) => {
        if (!parts[other]) throw new Error(`architecture.json: part "${name}" may import unknown part "${other}"`);
        return parts[other].paths;
    });
    // Within a part anything goes; a pack only within itself (the regex group names the pack).
    const self = part.samePack ? ["^packs/$1/"] : part.paths;
    const from = part.samePack ? "^packs/((?!shared/)[^/]+)/" : either(part.paths);
    allowed.push({ comment: name, from: { path: from, pathNot: TESTS }, to: { path: either([...self, ...targets]), pathNot: TESTS } });
}

module.exports = {
    allowed,
    allowedSeverity: "error",
    forbidden: [
        // The build writes src/precompiled-validators.ts's generated module into dist/ (see above).
        { name: "no-unresolvable", severity: "error", from: {}, to: { couldNotResolve: true, pathNot: "^\\./validators\\.generated$" } },
        { name: "no-circular-parts", severity: "ignore", from: {}, to: { circular: true } },
    ],
    options: {
        // Type-only imports count: `import type` across a forbidden arrow is still a forbidden arrow.
        tsPreCompilationDeps: true,
        tsConfig: { fileName: "tsconfig.json" },
        doNotFollow: { path: "node_modules" },
        exclude: { path: "^(node_modules|dist)/" },
        moduleSystems: ["cjs", "es6"],
    },
};
