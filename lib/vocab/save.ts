import type { SaveInput, SavedWord, Status, WordContext } from "./model";
import { newCard } from "./schedule";
import { withStatus } from "./status";

const contextOf = (input: SaveInput, at: string): WordContext => ({ ...input.context, form: input.form, savedAt: at });
const sameSentence = (a: Pick<WordContext, "slug" | "sentenceId">, b: Pick<WordContext, "slug" | "sentenceId">) =>
  a.slug === b.slug && a.sentenceId === b.sentenceId;

/**
 * Saves a lemma with the sentence it was met in. Saving a lemma that is already saved changes
 * nothing: another sentence becomes a context only through addContext, which says so.
 */
export function saveWord(existing: SavedWord | undefined, input: SaveInput, now: Date): SavedWord {
  if (existing) return existing;
  const at = now.toISOString();
  return {
    id: input.entryId,
    lemma: input.lemma,
    pos: input.pos,
    meaning: input.meaning,
    note: "",
    status: "new",
    statusBy: "learner",
    statusHistory: [{ at, status: "new" }],
    reviews: [],
    forms: [input.form],
    contexts: [contextOf(input, at)],
    card: newCard(now),
    createdAt: at,
    updatedAt: at,
  };
}

export type ContextOutcome = "added" | "already-there" | "saved";

/** Does the word already have this sentence as a context? (For the gloss's "add this sentence".) */
export function hasContext(word: SavedWord | undefined, context: Pick<WordContext, "slug" | "sentenceId">): boolean {
  return !!word?.contexts.some((c) => sameSentence(c, context));
}

/**
 * The explicit "add this sentence" action: the sentence and its form join the word, and the
 * outcome says what happened. A word not saved yet is saved with it ("saved").
 */
export function addContext(existing: SavedWord | undefined, input: SaveInput, now: Date): { word: SavedWord; outcome: ContextOutcome } {
  if (!existing) return { word: saveWord(undefined, input, now), outcome: "saved" };
  if (hasContext(existing, input.context)) return { word: existing, outcome: "already-there" };
  const at = now.toISOString();
  return {
    word: {
      ...existing,
      forms: existing.forms.includes(input.form) ? existing.forms : [...existing.forms, input.form],
      contexts: [...existing.contexts, contextOf(input, at)],
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
  return { ...word, ...change, updatedAt: now.toISOString() };
}
