// Bundles compiled pack modules into one file (esbuild), for `npm run build` (dist/packs/bundle.js,
// scripts/bundle-packs.mjs) and for each built pack directory (scripts/build-packs.mjs). Loading
// one file instead of some 450 is a third of `guardrails catalog`'s start-up and about 0.07 s of
// a pack's cold start. The library's own modules (dist/src) and installed packages stay outside,
// so there is one copy of each; the library's requires are written relative to the bundle.
import { relative, resolve, sep } from "node:path";
import * as esbuild from "esbuild";

/**
 * Bundles `entry` (a compiled module under `packsDir`) into `outfile`, leaving every module
 * under `libraryDir` outside: a require of one is written as the path from `packsDir` to it,
 * so `outfile` must sit where the library is at that same path. Returns how many modules it holds.
 */
export async function bundlePacks({ entry, outfile, packsDir, libraryDir, sourcemap = false }) {
    const libraryOutside = {
        name: "library-outside",
        setup(build) {
            build.onResolve({ filter: /^\.\.?\// }, (args) => {
                const target = resolve(args.resolveDir, args.path);
                if (target !== libraryDir && !target.startsWith(libraryDir + sep)) return undefined;
                return { path: `./${relative(packsDir, target).split(sep).join("/")}`, external: true };
            });
        },
    };
    const result = await esbuild.build({
        entryPoints: [entry],
        outfile,
        bundle: true,
        platform: "node",
        format: "cjs",
        target: "node20",
        packages: "external",
        plugins: [libraryOutside],
        sourcemap,
        logLevel: "warning",
        metafile: true,
    });
    return Object.keys(result.metafile.inputs).length;
}
