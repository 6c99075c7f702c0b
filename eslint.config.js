// One lint gate for src/, test/ and scripts/; generated and vendored files are ignored.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", ".tools/**", "coverage/**", ".kubeward-cache/**", "schemas/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: "readonly", console: "readonly", Buffer: "readonly", URL: "readonly", setTimeout: "readonly", clearTimeout: "readonly", TextDecoder: "readonly", TextEncoder: "readonly", WebAssembly: "readonly", performance: "readonly" },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-properties": ["error", { object: "process", property: "exit", message: "Only src/cli may exit; return an exit code instead." }],
    },
  },
  {
    files: ["src/cli/**", "scripts/**", "bin/**"],
    rules: { "no-restricted-properties": "off" },
  },
);
