import type { TranslationError } from "./errors";

export interface LanguagePair {
  from: string;
  to: string;
}

export type SentenceResult = { ok: true; text: string } | { ok: false; error: TranslationError };

/**
 * A machine translation provider. N sentences in, N results out, in order: a sentence that
 * failed is named by its position and never shifts the others.
 */
export interface Translator {
  /** Stable name, part of the cache key: "google", "none". */
  readonly id: string;
  translate(sentences: readonly string[], pair: LanguagePair): Promise<SentenceResult[]>;
}
