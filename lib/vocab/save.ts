import type { SaveInput, SavedWord, Status } from "./model";
import { newCard } from "./schedule";

/**
 * Saving a lemma again from another sentence adds a context, never a duplicate word; saving it
 * again from the same sentence changes nothing but the time.
 */
export function saveWord(existing: SavedWord | undefined, input: SaveInput, now: Date): SavedWord {
  const at = now.toISOString();
  const context = { ...input.context, form: input.form, savedAt: at };
  if (!existing) {
    return {
      id: input.entryId,
      lemma: input.lemma,
      pos: input.pos,
      meaning: input.meaning,
      note: "",
      status: "new",
      forms: [input.form],
      contexts: [context],
      card: newCard(now),
      createdAt: at,
      updatedAt: at,
    };
  }
  const known = existing.contexts.some((c) => c.slug === context.slug && c.sentenceId === context.sentenceId);
  return {
    ...existing,
    forms: existing.forms.includes(input.form) ? existing.forms : [...existing.forms, input.form],
    contexts: known ? existing.contexts : [...existing.contexts, context],
    updatedAt: at,
  };
}

export function setStatus(word: SavedWord, next: Status, now: Date): SavedWord {
  return { ...word, status: next, updatedAt: now.toISOString() };
}

export function editWord(word: SavedWord, change: { meaning?: string; note?: string }, now: Date): SavedWord {
  return { ...word, ...change, updatedAt: now.toISOString() };
}
