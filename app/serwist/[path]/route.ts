import { createSerwistRoute } from "@serwist/turbopack";
import { precachePages } from "../precache";

/**
 * The service worker, bundled from app/sw.ts with esbuild and written at build time as
 * /serwist/sw.js (Serwist's Turbopack integration: a static route handler instead of a webpack
 * plugin). Its precache list is Next's hashed static files (scripts, styles, fonts) plus every
 * page and built-in document (precache.ts).
 */
export const { dynamic, dynamicParams, revalidate, generateStaticParams, GET } = createSerwistRoute({
  swSrc: "app/sw.ts",
  useNativeEsbuild: true,
  globPatterns: [".next/static/**/*.{js,css,woff2,svg,png,ico,json}"],
  // Icelandic needs only Literata's Latin subsets; the others load (and are cached) if ever used.
  globIgnores: [".next/static/media/literata-{vietnamese,greek,greek-ext,cyrillic,cyrillic-ext}-*"],
  additionalPrecacheEntries: precachePages(),
  // The reader's built-in document is ~100 KB; nothing Next emits comes near this.
  maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
});
