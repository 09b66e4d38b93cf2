import "server-only";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { contentSecurityPolicy } from "./headers";
import { hasInlineStyles, inlineScriptHashes } from "./inline-scripts";

/**
 * The CSP of a page, from the HTML `next build` prerendered for it (the HTML `next start` serves).
 * Paths without a prerendered page get the policy of the 404 page, which is what they are served.
 * Computed once per page: the set of pages is fixed by the build, so the cache stays bounded.
 */
const appDir = path.join(/* turbopackIgnore: true */ process.cwd(), ".next", "server", "app");
const cache = new Map<string, string>();

function htmlFileFor(pathname: string): string | undefined {
  if (!/^(\/[\w-]+)+$/.test(pathname)) return undefined;
  const file = path.join(appDir, `${pathname}.html`);
  return file.startsWith(appDir + path.sep) && existsSync(/*turbopackIgnore: true*/ file) ? file : undefined;
}

export function pagePolicy(pathname: string): string {
  if (process.env.NODE_ENV === "development") return contentSecurityPolicy({ development: true });
  const file = htmlFileFor(pathname) ?? path.join(appDir, "_not-found.html");
  let policy = cache.get(file);
  if (policy === undefined) {
    let html = "";
    try {
      html = readFileSync(/*turbopackIgnore: true*/ file, "utf8");
    } catch {
      // No build output to read: no inline script may run, which is the safe failure.
    }
    policy = contentSecurityPolicy({ scriptHashes: inlineScriptHashes(html), inlineStyles: hasInlineStyles(html) });
    cache.set(file, policy);
  }
  return policy;
}
