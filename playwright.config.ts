import { defineConfig, devices } from "@playwright/test";
import { findChromium } from "./scripts/chromium";

const PORT = Number(process.env.E2E_PORT ?? 3100);

// A system Chromium when there is one (Playwright cannot download its browsers on every machine);
// otherwise Playwright's own browser, installed with `npx playwright install chromium`.
const executablePath = findChromium();

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: [["list"]],
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    // The service worker would precache the whole app in every test's fresh context; only the
    // offline journey (e2e/offline.spec.ts) turns it on.
    serviceWorkers: "block",
    launchOptions: executablePath
      ? {
          executablePath,
          args: [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
          ],
        }
      : {},
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    // The suite runs against the production build (`npm run test:e2e` builds first).
    command: `npx next start -H 127.0.0.1 -p ${PORT}`,
    url: `http://127.0.0.1:${PORT}/en`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    // The suite makes about ten real imports from one address; a learner gets six at once.
    env: { SAMHLIDA_TRANSLATE_CACHE_DIR: ".cache/e2e-translations", NEXT_TELEMETRY_DISABLED: "1", SAMHLIDA_IMPORT_BURST: "20" },
  },
});
