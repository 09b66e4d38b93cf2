import "server-only";
import { readFileSync } from "node:fs";
import { Agent } from "node:https";
import path from "node:path";
import { withDiskCache } from "./cache";
import { readTranslateConfig } from "./config";
import { createGoogleTranslator } from "./google";
import type { Translator } from "./types";
import { unavailableTranslator } from "./unavailable";

/** The translator the configuration asks for, behind the disk cache. */
export function createTranslator(env: Record<string, string | undefined> = process.env) {
  const config = readTranslateConfig(env);
  const translator: Translator =
    config.SAMHLIDA_TRANSLATOR === "google"
      ? createGoogleTranslator({
          ...(config.SAMHLIDA_TRANSLATE_HOST && { host: config.SAMHLIDA_TRANSLATE_HOST }),
          ...(config.SAMHLIDA_TRANSLATE_CA && { agent: new Agent({ ca: readFileSync(config.SAMHLIDA_TRANSLATE_CA) }) }),
          timeoutMs: config.SAMHLIDA_TRANSLATE_TIMEOUT_MS,
          concurrency: config.SAMHLIDA_TRANSLATE_CONCURRENCY,
          maxRetries: 3,
          backoffMs: 500,
        })
      : unavailableTranslator;
  return withDiskCache(translator, path.resolve(config.SAMHLIDA_TRANSLATE_CACHE_DIR), {
    maxEntries: config.SAMHLIDA_TRANSLATE_CACHE_MAX_ENTRIES,
    maxBytes: Math.round(config.SAMHLIDA_TRANSLATE_CACHE_MAX_MB * 1024 * 1024),
  });
}
