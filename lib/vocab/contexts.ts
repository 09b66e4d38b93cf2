import type { SavedWord, WordContext } from "./model";

/**
 * Which sentences a saved word already has. Kept apart from save.ts so that the reader's gloss,
 * which only asks, does not bring in the scheduler (ts-fsrs) that saving needs.
 */
export const sameSentence = (a: Pick<WordContext, "slug" | "sentenceId">, b: Pick<WordContext, "slug" | "sentenceId">) =>
  a.slug === b.slug && a.sentenceId === b.sentenceId;

/** Does the word already have this sentence as a context? (For the gloss's "add this sentence".) */
export function hasContext(word: SavedWord | undefined, context: Pick<WordContext, "slug" | "sentenceId">): boolean {
  return !!word?.contexts.some((c) => sameSentence(c, context));
}
