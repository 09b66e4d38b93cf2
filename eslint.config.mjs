import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const frameworkFree = {
  patterns: [
    {
      group: ["react", "react/*", "react-dom", "react-dom/*", "next", "next/*", "react-i18next"],
      message:
        "lib/ is framework-free domain logic: keep React and Next in app/ so the logic stays testable and reusable from scripts.",
    },
  ],
};

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", "node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts", ".cache/**", "analysis-worker/**"],
  },
  {
    files: ["lib/**/*.ts"],
    rules: { "no-restricted-imports": ["error", frameworkFree] },
  },
];
export default config;
