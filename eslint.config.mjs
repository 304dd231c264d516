import eslint from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
    { ignores: ["dist/**", "**/dist/**", "node_modules/**", "coverage/**", "src/types/*.generated.ts"] },
    eslint.configs.recommended,
    ...tseslint.configs.recommended,
    {
        languageOptions: { globals: { require: "readonly", module: "writable", process: "readonly", console: "readonly", __dirname: "readonly", setInterval: "readonly", setTimeout: "readonly" } },
        rules: {
            "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
            "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
        },
    },
    {
        // Rules and packs must never load provider SDKs at run time (tests and example programs may).
        files: ["src/**/*.ts", "packs/**/*.ts"],
        ignores: ["**/*.test.ts"],
        rules: {
            "no-restricted-imports": [
                "error",
                {
                    paths: [
                        { name: "@pulumi/aws", message: "Use `import type` so the pack does not load the AWS SDK at run time.", allowTypeImports: true },
                        { name: "@pulumi/kubernetes", message: "Use `import type` so the pack does not load the Kubernetes SDK at run time.", allowTypeImports: true },
                        { name: "@pulumi/azure-native", message: "Use `import type` so the pack does not load the Azure SDK at run time.", allowTypeImports: true },
                        { name: "@pulumi/gcp", message: "Use `import type` so the pack does not load the Google Cloud SDK at run time.", allowTypeImports: true },
                    ],
                    patterns: [
                        {
                            group: ["@pulumi/aws/*", "@pulumi/kubernetes/*", "@pulumi/azure-native/*", "@pulumi/gcp/*"],
                            message: "Use `import type` so the pack does not load a provider SDK's module at run time.",
                            allowTypeImports: true,
                        },
                    ],
                },
            ],
        },
    },
    {
        // Plain CommonJS files (configuration, fixture packs as users write them).
        files: ["**/*.js", "**/*.cjs"],
        rules: { "@typescript-eslint/no-require-imports": "off" },
    },
);
