import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

/**
 * The first Chromium on this machine: CHROMIUM_PATH when it exists, else the usual names on PATH.
 * Playwright cannot download its browsers everywhere; the end-to-end tests, the benches and the
 * icon renderer all use a system Chromium when there is one.
 */
export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  for (const name of ["chromium", "chromium-browser", "google-chrome-stable", "google-chrome"]) {
    try {
      const found = execFileSync("which", [name], { encoding: "utf8" }).trim();
      if (found) return found;
    } catch {
      // not on PATH; try the next name
    }
  }
  return undefined;
}
