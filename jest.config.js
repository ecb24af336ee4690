/** @type {import('jest').Config} */
// swc only strips types (fast on 2 cores); `npm run typecheck` is what checks them.
const swc = [
  "@swc/jest",
  {
    jsc: {
      parser: { syntax: "typescript", tsx: true },
      transform: { react: { runtime: "automatic" } },
      target: "es2022",
    },
    module: { type: "commonjs" },
  },
];

module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "/tests/e2e/"],
  transform: { "^.+\\.(t|j)sx?$": swc },
  moduleFileExtensions: ["ts", "tsx", "js", "cjs", "json"],
  // numfmt 4.0.1's `require` export names dist/index.cjs, which the package does not ship; its
  // dist/index.js is the CommonJS build (webpack takes it through the `default` condition).
  moduleNameMapper: { "^numfmt$": "<rootDir>/node_modules/numfmt/dist/index.js" },
  maxWorkers: 2,
};
