import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

/**
 * Gzip bytes of the scripts a prerendered page loads, read from the production build (.next).
 * The baseline is Next's own runtime for the App Router (rootMainFiles: React and the router),
 * which every page pays; the difference is what our client islands add.
 */
const nextDir = path.join(process.cwd(), ".next");

function scriptsOf(htmlFile: string): string[] {
  const html = readFileSync(htmlFile, "utf8");
  // nomodule scripts are polyfills for legacy browsers; modern browsers never load them.
  const tags = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]).filter((tag) => !/\bnomodule\b/i.test(tag));
  return [...new Set(tags.flatMap((tag) => /src="\/_next\/([^"?]+)/.exec(tag)?.[1] ?? []))];
}

function gzipBytes(files: string[]): number {
  return files.reduce((sum, file) => sum + gzipSync(readFileSync(path.join(nextDir, file))).length, 0);
}

export interface JsSize {
  page: string;
  scripts: number;
  gzipBytes: number;
}

export function measurePages(pages: string[]): { baseline: JsSize; pages: JsSize[] } | undefined {
  const manifestFile = path.join(nextDir, "build-manifest.json");
  if (!existsSync(manifestFile)) return undefined;
  const manifest: unknown = JSON.parse(readFileSync(manifestFile, "utf8"));
  const rootMainFiles =
    typeof manifest === "object" && manifest && "rootMainFiles" in manifest && Array.isArray(manifest.rootMainFiles)
      ? manifest.rootMainFiles.filter((f): f is string => typeof f === "string")
      : [];
  const baseline = { page: "Next runtime (rootMainFiles)", scripts: rootMainFiles.length, gzipBytes: gzipBytes(rootMainFiles) };
  return {
    baseline,
    pages: pages.flatMap((page) => {
      const html = path.join(nextDir, "server/app", `${page}.html`);
      if (!existsSync(html)) return [];
      const scripts = scriptsOf(html);
      return [{ page, scripts: scripts.length, gzipBytes: gzipBytes(scripts) }];
    }),
  };
}
