import "server-only";
import { TranslationError } from "./errors";
import { requestGoogle, type GoogleOptions } from "./google-request";
import { BATCH_SEPARATOR, mapSegments } from "./segments";
import type { LanguagePair, SentenceResult, Translator } from "./types";

export interface GoogleTranslatorOptions extends GoogleOptions {
  /** How often a 429 is retried before the sentence is reported as rate-limited. */
  maxRetries: number;
  /** Base delay of the exponential back-off. */
  backoffMs: number;
  /** Requests in flight at once when sentences are translated one by one. */
  concurrency: number;
  /** Injected so tests run fast and deterministically. */
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Google Translate through @vitalets/google-translate-api. A batch goes out as one request
 * (sentences joined by newlines) and comes back mapped by the reply's segments; sentences the
 * service merged or that failed to map are sent again one by one, a few at a time.
 */
export function createGoogleTranslator(options: GoogleTranslatorOptions): Translator {
  const sleep = options.sleep ?? realSleep;
  const random = options.random ?? Math.random;

  async function withRetry(text: string, pair: LanguagePair) {
    for (let attempt = 0; ; attempt++) {
      try {
        return await requestGoogle(text, pair, options);
      } catch (error) {
        if (!(error instanceof TranslationError) || !error.retryable || attempt >= options.maxRetries) throw error;
        // Exponential back-off with jitter, so many clients do not retry in step.
        await sleep(options.backoffMs * 2 ** attempt + random() * options.backoffMs);
      }
    }
  }

  async function one(sentence: string, pair: LanguagePair): Promise<SentenceResult> {
    try {
      const segments = await withRetry(sentence, pair);
      return { ok: true, text: segments.map((s) => s.trans).join("").replace(/\s+/g, " ").trim() };
    } catch (error) {
      return { ok: false, error: error instanceof TranslationError ? error : new TranslationError("network", String(error)) };
    }
  }

  return {
    id: "google",
    async translate(sentences, pair) {
      if (sentences.length === 0) return [];
      let mapped: (string | undefined)[] = sentences.map(() => undefined);
      if (sentences.length > 1 && !sentences.some((s) => s.includes(BATCH_SEPARATOR))) {
        try {
          mapped = mapSegments(sentences, await withRetry(sentences.join(BATCH_SEPARATOR), pair));
        } catch {
          // The batch failed as a whole; each sentence gets its own attempt and its own error.
        }
      }
      const results: SentenceResult[] = mapped.map((text) => (text === undefined ? { ok: false, error: pendingError } : { ok: true, text }));
      const pending = results.flatMap((result, index) => (result.ok ? [] : [index]));
      await pool(pending, options.concurrency, async (index) => {
        results[index] = await one(sentences[index]!, pair);
      });
      return results;
    },
  };
}

const pendingError = new TranslationError("network", "not translated yet");

/** Runs tasks with at most `limit` in flight; small enough not to need a dependency. */
async function pool<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>) {
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await task(items[next++]!);
  });
  await Promise.all(workers);
}
