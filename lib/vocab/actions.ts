import type { SaveInput, SavedWord } from "./model";
import { mergeWord } from "./merge";
import { addContext, canSave, saveWord, type ContextOutcome } from "./save";
import type { VocabStore } from "./store";

/** What un-saving returns: everything needed to put the word back exactly as it was. */
export interface UndoToken {
  readonly word: SavedWord;
}

/**
 * Saves a lemma from the reader; an already saved lemma is left as it is. Undefined when the
 * word cannot be saved (canSave: an id beyond the backup's bounds).
 */
export async function save(store: VocabStore, input: SaveInput, now = new Date()): Promise<SavedWord | undefined> {
  if (!canSave(input)) return undefined;
  return store.update(input.entryId, (current) => (current ? undefined : saveWord(undefined, input, now)));
}

/**
 * Un-saves a word (the gloss's "Saved" toggle). Returns the undo token, or undefined when the
 * word was not saved. Its contexts, reviews and status history travel in the token.
 */
export async function unsave(store: VocabStore, id: string): Promise<UndoToken | undefined> {
  let removed: SavedWord | undefined;
  await store.update(id, (current) => {
    removed = current;
    return current ? null : undefined;
  });
  return removed && { word: removed };
}

/**
 * Undoes an un-save. If the word was saved again meanwhile (another tab, another click), the two
 * are merged as a restore would, so neither the old history nor the new context is lost.
 */
export async function restore(store: VocabStore, token: UndoToken): Promise<SavedWord | undefined> {
  return store.update(token.word.id, (current) => (current ? mergeWord(current, token.word) : token.word));
}

/**
 * The gloss's "add this sentence": adds the sentence as a context and says what it did
 * ("added", "already-there", "saved" when the word was not saved yet, "full" at the limit).
 */
export async function addSentence(
  store: VocabStore,
  input: SaveInput,
  now = new Date(),
): Promise<{ word: SavedWord | undefined; outcome: ContextOutcome | "too-long" }> {
  if (!canSave(input)) return { word: undefined, outcome: "too-long" };
  let result: { word: SavedWord | undefined; outcome: ContextOutcome } = { word: undefined, outcome: "already-there" };
  await store.update(input.entryId, (current) => {
    result = addContext(current, input, now);
    return result.outcome === "added" || result.outcome === "saved" ? result.word : undefined;
  });
  return result;
}
