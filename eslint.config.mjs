// ESLint flat config: type-checked TypeScript everywhere, the office-addins rules where Office.js is
// called, and the layer rules of docs/ARCHITECTURE.md (a violation fails `npm run lint` and CI).
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import officeAddins from "eslint-plugin-office-addins";

// Only the plugin's own rules: its recommended config also switches on prettier as a lint rule.
const officeAddinsRules = Object.fromEntries(
  officeAddins.configs.recommended
    .flatMap((c) => Object.entries(c.rules ?? {}))
    .filter(([name]) => name.startsWith("office-addins/")),
);

const nodeBuiltins = [
  "assert",
  "buffer",
  "child_process",
  "crypto",
  "events",
  "fs",
  "fs/promises",
  "http",
  "https",
  "net",
  "os",
  "path",
  "process",
  "readline",
  "stream",
  "url",
  "util",
  "worker_threads",
  "zlib",
];

export default tseslint.config(
  {
    ignores: [
      "dist/**",
      "dist-preview/**",
      "dist-cli/**",
      "node_modules/**",
      "test-results/**",
      "coverage/**",
      "**/*.cjs",
      "*.config.js",
      "webpack.config.js",
      "eslint.config.mjs",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      "no-restricted-syntax": [
        "error",
        { selector: "ExportAllDeclaration", message: "Name the exports (STYLE.md)." },
      ],
    },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [...nodeBuiltins, "react", "react-dom", "exceljs", "papaparse", "iconv-lite"].map(
            (name) => ({
              name,
              message: "src/core is pure: no Node, React or I/O libraries (docs/ARCHITECTURE.md).",
            }),
          ),
          patterns: [
            { group: ["node:*", "@fluentui/*", "@dnd-kit/*", "react-dom/*"], message: "src/core is pure." },
            {
              group: ["**/adapters/**", "**/taskpane/**", "**/commands/**", "**/cli/**", "../../*"],
              message: "src/core imports only from src/core.",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        ...[
          "Office",
          "Excel",
          "OfficeExtension",
          "window",
          "document",
          "localStorage",
          "process",
          "require",
          "setTimeout",
          "setInterval",
          "fetch",
        ].map((name) => ({ name, message: "src/core is pure: pass what you need in as an argument." })),
      ],
      "no-restricted-properties": [
        "error",
        {
          object: "Date",
          property: "now",
          message: "The core never reads the clock: take `now` as an argument.",
        },
        { object: "Math", property: "random", message: "The core is deterministic: no randomness." },
        { object: "performance", property: "now", message: "The core never reads the clock." },
      ],
      "no-restricted-syntax": [
        "error",
        { selector: "ExportAllDeclaration", message: "Name the exports (STYLE.md)." },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: "The core never reads the clock.",
        },
        { selector: "CallExpression[callee.name='Date']", message: "The core never reads the clock." },
        { selector: "TSAnyKeyword", message: "No `any` in the core: use `unknown` at the boundary." },
      ],
    },
  },
  {
    files: ["src/adapters/office/**/*.ts", "src/taskpane/**/*.{ts,tsx}", "src/commands/**/*.ts"],
    plugins: { "office-addins": officeAddins },
    rules: {
      ...officeAddinsRules,
      "no-restricted-imports": [
        "error",
        {
          paths: nodeBuiltins.map((name) => ({
            name,
            message: "Runs in the Office webview: no Node built-ins.",
          })),
          patterns: [
            { group: ["node:*"], message: "Runs in the Office webview: no Node built-ins." },
            {
              group: ["**/cli/**", "**/adapters/file/**"],
              message: "The add-in does not bundle the CLI or the file adapter.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/adapters/office/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["react", "react-dom", "@fluentui/*", "node:*"],
              message: "The Office adapter knows no React or Node.",
            },
            {
              group: ["**/taskpane/**", "**/cli/**", "**/adapters/file/**"],
              message: "Adapters import only the core.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
    },
  },
  {
    files: ["src/cli/**/*.ts", "src/adapters/file/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["react", "react-dom", "@fluentui/*"], message: "The CLI knows no React." },
            {
              group: ["**/taskpane/**", "**/adapters/office/**", "**/commands/**"],
              message: "The CLI uses the core and the file adapter.",
            },
          ],
        },
      ],
    },
  },
  {
    // Reading export bytes runs in the task pane (and its worker) and in the CLI: no Node, no Office, no UI.
    files: ["src/adapters/exportFiles/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: nodeBuiltins.map((name) => ({ name, message: "Runs in the pane too: no Node built-ins." })),
          patterns: [
            { group: ["node:*"], message: "Runs in the pane too: no Node built-ins." },
            {
              group: ["react", "react-dom", "@fluentui/*", "**/taskpane/**", "**/adapters/office/**"],
              message: "Export reading imports only the core.",
            },
            {
              group: ["**/adapters/file/**", "**/cli/**", "**/commands/**"],
              message: "Export reading imports only the core.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["tests/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-non-null-assertion": "off",
      "@typescript-eslint/unbound-method": "off",
    },
  },
);
