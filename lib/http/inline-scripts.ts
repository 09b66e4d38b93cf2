import { createHash } from "node:crypto";

/**
 * CSP sources for the inline scripts of a prerendered page: Next writes its flight data and the
 * preferences script inline, and the HTML is fixed at build time, so each script's SHA-256 allows
 * exactly it and nothing an attacker could add.
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\bsrc\s*=/i.test(match[1] ?? "")) continue;
    hashes.add(`sha256-${createHash("sha256").update(match[2] ?? "", "utf8").digest("base64")}`);
  }
  return [...hashes];
}

/** Whether markup carries style attributes or <style> elements (Next's default 404 page does). */
export function hasInlineStyles(html: string): boolean {
  return /<style\b|\sstyle="/i.test(html);
}
