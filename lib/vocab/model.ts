/**
 * The vocabulary's types, plain TypeScript so the reader's client bundle carries no schema
 * library; lib/vocab/schema.ts holds the zod schemas that check files at the edge (restore).
 */

/** Word status per lemma, as in Lute and LingQ: new → learning 1–4 → known; ignored for names. */
export const statuses = ["new", "learning-1", "learning-2", "learning-3", "learning-4", "known", "ignored"] as const;
export type Status = (typeof statuses)[number];

export function isStatus(value: unknown): value is Status {
  return statuses.some((status) => status === value);
}

/** A sentence a word was saved from: both languages and the text it belongs to. */
export interface WordContext {
  slug: string;
  title: string;
  sentenceId: string;
  form: string;
  is: string;
  en: string;
  /** ISO date-time. */
  savedAt: string;
}

/** ts-fsrs's Card with dates as ISO strings, so it survives JSON and IndexedDB unchanged. */
export interface StoredCard {
  due: string;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: number;
  last_review?: string;
}

/** ts-fsrs's ReviewLog with dates as ISO strings: the optimizer's input, kept for fitting FSRS later. */
export interface StoredReviewLog {
  /** 1 Again, 2 Hard, 3 Good, 4 Easy. */
  rating: number;
  /** The card's state before this review (0 New, 1 Learning, 2 Review, 3 Relearning). */
  state: number;
  due: string;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  last_elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  review: string;
}

/** Who set the current status: the learner (it overrides until the next review) or a review. */
export type StatusSource = "learner" | "review";

export interface StatusChange {
  at: string;
  status: Status;
}

export interface SavedWord {
  /** The lexicon entry id ("loftvarnakerfi:noun"): one saved word per lemma. */
  id: string;
  lemma: string;
  pos: string;
  /** The meaning the learner studies; starts as the gloss's first sense and may be edited. */
  meaning: string;
  note: string;
  status: Status;
  /** Every form the learner saved it from, for search. */
  forms: string[];
  contexts: WordContext[];
  card: StoredCard;
  statusBy: StatusSource;
  /** Every status the word has had, oldest first: the statistics page draws it over time. */
  statusHistory: StatusChange[];
  /** Every review, oldest first. */
  reviews: StoredReviewLog[];
  createdAt: string;
  updatedAt: string;
}

/** What the reader knows when the learner saves a word from a gloss. */
export interface SaveInput {
  entryId: string;
  lemma: string;
  pos: string;
  meaning: string;
  form: string;
  context: Omit<WordContext, "savedAt" | "form">;
}
