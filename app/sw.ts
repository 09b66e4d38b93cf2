/// <reference lib="webworker" />
import { defaultCache } from "@serwist/turbopack/worker";
import { Serwist, type PrecacheEntry, type SerwistGlobalConfig } from "serwist";

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}
declare const self: ServiceWorkerGlobalScope;

/**
 * The app offline: every page, built-in text and static file is precached at install (the list is
 * made at build time, app/serwist); imported texts and the vocabulary live in IndexedDB already.
 * A new version waits until the learner accepts the update prompt (UpdatePrompt.tsx sends
 * SKIP_WAITING), so an open page never changes under them and never stays silently stale.
 */
const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  precacheOptions: {
    cleanupOutdatedCaches: true,
    // /<lng>/read/local?id=… is one static page whatever the id (read in the browser).
    ignoreURLParametersMatching: [/^id$/, /^utm_/],
  },
  skipWaiting: false,
  clientsClaim: true,
  navigationPreload: false,
  runtimeCaching: defaultCache,
  // A page that is neither precached nor in the runtime cache (offline): say so, in the page's language.
  fallbacks: {
    entries: [
      { url: "/is/offline", matcher: ({ request }) => request.destination === "document" && new URL(request.url).pathname.startsWith("/is") },
      { url: "/en/offline", matcher: ({ request }) => request.destination === "document" },
    ],
  },
});

serwist.addEventListeners();
