import { z } from "zod";

/** Word status per lemma, as in Lute and LingQ: new → learning 1–4 → known; ignored for names. */
export const statuses = ["new", "learning-1", "learning-2", "learning-3", "learning-4", "known", "ignored"] as const;
export const status = z.enum(statuses);
export type Status = z.infer<typeof status>;

const isoDate = z.iso.datetime();

/** A sentence a word was saved from: both languages and the text it belongs to. */
export const wordContext = z.object({
  slug: z.string().min(1),
  title: z.string().min(1),
  sentenceId: z.string().min(1),
  form: z.string().min(1),
  is: z.string().min(1),
  en: z.string(),
  savedAt: isoDate,
});
export type WordContext = z.infer<typeof wordContext>;

/** ts-fsrs's Card with dates as ISO strings, so it survives JSON and IndexedDB unchanged. */
export const storedCard = z.object({
  due: isoDate,
  stability: z.number(),
  difficulty: z.number(),
  elapsed_days: z.number(),
  scheduled_days: z.number(),
  learning_steps: z.number(),
  reps: z.number().int().min(0),
  lapses: z.number().int().min(0),
  state: z.number().int().min(0).max(3),
  last_review: isoDate.optional(),
});
export type StoredCard = z.infer<typeof storedCard>;

export const savedWord = z.object({
  /** The lexicon entry id ("loftvarnakerfi:noun"): one saved word per lemma. */
  id: z.string().min(1),
  lemma: z.string().min(1),
  pos: z.string().min(1),
  /** The meaning the learner studies; starts as the gloss's first sense and may be edited. */
  meaning: z.string(),
  note: z.string(),
  status,
  /** Every form the learner saved it from, for search. */
  forms: z.array(z.string().min(1)).min(1),
  contexts: z.array(wordContext).min(1),
  card: storedCard,
  createdAt: isoDate,
  updatedAt: isoDate,
});
export type SavedWord = z.infer<typeof savedWord>;

/** What the reader knows when the learner saves a word from a gloss. */
export interface SaveInput {
  entryId: string;
  lemma: string;
  pos: string;
  meaning: string;
  form: string;
  context: Omit<WordContext, "savedAt" | "form">;
}
