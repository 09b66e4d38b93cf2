import "server-only";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { listArticles } from "@/lib/content/load";
import { locales } from "@/lib/i18n/settings";

const root = process.cwd();

function filesUnder(dir: string): string[] {
  if (!existsSync(/*turbopackIgnore: true*/ dir)) return [];
  return readdirSync(/*turbopackIgnore: true*/ dir, { recursive: true, encoding: "utf8" })
    .map((name) => path.join(dir, name))
    .filter((file) => statSync(/*turbopackIgnore: true*/ file).isFile())
    .sort();
}

/**
 * One revision for every precached page and document of this build: a hash of the compiled
 * server and client code, the articles and the interface strings. Prerendered HTML is not read
 * (it may not exist yet when this runs, during `next build`), but everything it is made from is.
 */
function buildRevision(): string {
  const hash = createHash("sha256");
  for (const dir of [".next/server/chunks", ".next/static", "content", "locales"]) {
    for (const file of filesUnder(path.join(/*turbopackIgnore: true*/ root, dir))) {
      hash.update(path.relative(root, file));
      hash.update(readFileSync(/*turbopackIgnore: true*/ file));
    }
  }
  return hash.digest("hex").slice(0, 16);
}

/** Static pages under app/[lng] (folders without a dynamic segment that hold a page). */
function staticPagePaths(): string[] {
  const base = path.join(/*turbopackIgnore: true*/ root, "app", "[lng]");
  return filesUnder(base)
    .filter((file) => path.basename(file) === "page.tsx")
    .map((file) => path.relative(base, path.dirname(file)).split(path.sep).filter(Boolean))
    .filter((segments) => segments.every((segment) => !segment.startsWith("[") && !segment.startsWith("_")))
    .map((segments) => (segments.length ? `/${segments.join("/")}` : ""));
}

/**
 * What the service worker stores at install, beside Next's hashed static files: every page in
 * both languages, each built-in article's page and its document, and the web app manifest.
 */
export function precachePages(): { url: string; revision: string }[] {
  const revision = buildRevision();
  const articles = listArticles();
  const pages = [...staticPagePaths(), ...articles.map((slug) => `/read/${slug}`)];
  return [
    ...locales.flatMap((lng) => [...pages.map((page) => `/${lng}${page}`), `/${lng}/manifest.webmanifest`]),
    ...articles.map((slug) => `/documents/${slug}.json`),
  ].map((url) => ({ url, revision }));
}
