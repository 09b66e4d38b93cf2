import { BACKUP_LIMITS, clampLong, clampShort } from "./limits";
import type { SaveInput, SavedWord, Status, WordContext } from "./model";
import { hasContext } from "./contexts";
import { newCard } from "./schedule";
import { withStatus } from "./status";

const contextOf = ({ context, form }: SaveInput, at: string): WordContext => ({
  slug: clampShort(context.slug),
  title: clampLong(context.title),
  sentenceId: clampShort(context.sentenceId),
  form: clampShort(form),
  is: clampLong(context.is),
  en: clampLong(context.en),
  savedAt: at,
});

/**
 * Saves a lemma with the sentence it was met in. Saving a lemma that is already saved changes
 * nothing: another sentence becomes a context only through addContext, which says so.
 */
export function saveWord(existing: SavedWord | undefined, input: SaveInput, now: Date): SavedWord {
  if (existing) return existing;
  const at = now.toISOString();
  return {
    // Never cut: the id is how the reader finds the word again (see canSave).
    id: input.entryId,
    lemma: clampShort(input.lemma),
    pos: clampShort(input.pos),
    meaning: clampLong(input.meaning),
    note: "",
    status: "new",
    statusBy: "learner",
    statusHistory: [{ at, status: "new" }],
    reviews: [],
    forms: [clampShort(input.form)],
    contexts: [contextOf(input, at)],
    card: newCard(now),
    createdAt: at,
    updatedAt: at,
  };
}

/**
 * Whether a word can be saved so that a backup of it restores: only an id beyond the bounds
 * (a 100,000-letter "word" in an imported text) cannot; every other text is cut to fit.
 */
export function canSave(input: SaveInput): boolean {
  return input.entryId.length > 0 && input.entryId.length <= BACKUP_LIMITS.short;
}

/** "full": the word already has as many sentences as a backup allows (BACKUP_LIMITS.contextsPerWord). */
export type ContextOutcome = "added" | "already-there" | "saved" | "full";

/**
 * The explicit "add this sentence" action: the sentence and its form join the word, and the
 * outcome says what happened. A word not saved yet is saved with it ("saved").
 */
export function addContext(existing: SavedWord | undefined, input: SaveInput, now: Date): { word: SavedWord; outcome: ContextOutcome } {
  if (!existing) return { word: saveWord(undefined, input, now), outcome: "saved" };
  if (hasContext(existing, input.context)) return { word: existing, outcome: "already-there" };
  if (existing.contexts.length >= BACKUP_LIMITS.contextsPerWord) return { word: existing, outcome: "full" };
  const at = now.toISOString();
  const context = contextOf(input, at);
  return {
    word: {
      ...existing,
      forms: existing.forms.includes(context.form) ? existing.forms : [...existing.forms, context.form],
      contexts: [...existing.contexts, context],
      updatedAt: at,
    },
    outcome: "added",
  };
}

/** A status the learner sets overrides the one reviews gave, until the next review. */
export function setStatus(word: SavedWord, next: Status, now: Date): SavedWord {
  const at = now.toISOString();
  return { ...withStatus(word, next, "learner", at), updatedAt: at };
}

export function editWord(word: SavedWord, change: { meaning?: string; note?: string }, now: Date): SavedWord {
  return {
    ...word,
    meaning: clampLong(change.meaning ?? word.meaning),
    note: clampLong(change.note ?? word.note),
    updatedAt: now.toISOString(),
  };
}
