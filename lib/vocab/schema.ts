import { z } from "zod";
import { statuses, type SavedWord, type StoredCard, type WordContext } from "./model";

/** Schemas for data from outside (a backup file); each is checked against the plain types. */
const isoDate = z.iso.datetime();

export const wordContext = z.object({
  slug: z.string().min(1),
  title: z.string().min(1),
  sentenceId: z.string().min(1),
  form: z.string().min(1),
  is: z.string().min(1),
  en: z.string(),
  savedAt: isoDate,
}) satisfies z.ZodType<WordContext>;

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
}) satisfies z.ZodType<StoredCard>;

export const savedWord = z.object({
  id: z.string().min(1),
  lemma: z.string().min(1),
  pos: z.string().min(1),
  meaning: z.string(),
  note: z.string(),
  status: z.enum(statuses),
  forms: z.array(z.string().min(1)).min(1),
  contexts: z.array(wordContext).min(1),
  card: storedCard,
  createdAt: isoDate,
  updatedAt: isoDate,
}) satisfies z.ZodType<SavedWord>;
