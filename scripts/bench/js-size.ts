import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { kb } from "./measure";
import type { BenchContext, Figure } from "./types";

/**
 * Gzip bytes of the scripts each served page loads, read from its HTML's script tags. Next's own
 * runtime (the build manifest's rootMainFiles: React and the router) is the framework share;
 * everything else the page loads is the app's own.
 */
function scriptSources(html: string): string[] {
  const tags = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]).filter((tag) => !/\bnomodule\b/i.test(tag));
  return [...new Set(tags.flatMap((tag) => /\ssrc="([^"]+)"/.exec(tag)?.[1] ?? []))];
}

function frameworkFiles(): Set<string> {
  const manifest: unknown = JSON.parse(readFileSync(".next/build-manifest.json", "utf8"));
  const files = typeof manifest === "object" && manifest && "rootMainFiles" in manifest && Array.isArray(manifest.rootMainFiles) ? manifest.rootMainFiles : [];
  return new Set(files.filter((f): f is string => typeof f === "string").map((f) => `/_next/${f}`));
}

export async function measure(context: BenchContext): Promise<Figure[]> {
  const framework = frameworkFiles();
  const sizes = new Map<string, number>();
  const gzipped = async (src: string) => {
    if (!sizes.has(src)) sizes.set(src, gzipSync(Buffer.from(await (await fetch(new URL(src, context.baseUrl))).arrayBuffer())).length);
    return sizes.get(src) ?? 0;
  };
  const pages = [context.libraryPath, context.readerPath, "/en/vocabulary", "/en/review"];
  const figures: Figure[] = [];
  for (const page of pages) {
    const sources = scriptSources(await (await fetch(new URL(page, context.baseUrl))).text());
    let own = 0;
    let runtime = 0;
    for (const src of sources) {
      const bytes = await gzipped(src);
      if (framework.has(src.split("?")[0] ?? src)) runtime += bytes;
      else own += bytes;
    }
    figures.push({
      section: "JavaScript (gzip)",
      measure: `${page}: ${sources.length} scripts`,
      value: `${kb(own + runtime)} (app ${kb(own)})`,
      baseline: `framework ${kb(runtime)}`,
      number: own + runtime,
    });
  }
  return figures;
}
