import { z } from "zod";
import { BACKUP_LIMITS as L } from "./limits";
import { statuses, type SavedWord, type StoredCard, type StoredReviewLog, type WordContext } from "./model";
import type { WordV1 } from "./migrate";

/** Schemas for data from outside (a backup file); each is checked against the plain types. */
const isoDate = z.iso.datetime();
const short = z.string().min(1).max(L.short);
const long = z.string().max(L.long);

export const wordContext = z.object({
  slug: short,
  title: long.min(1),
  sentenceId: short,
  form: short,
  is: long.min(1),
  en: long,
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

export const storedReviewLog = z.object({
  rating: z.number().int().min(1).max(4),
  state: z.number().int().min(0).max(3),
  due: isoDate,
  stability: z.number(),
  difficulty: z.number(),
  elapsed_days: z.number(),
  last_elapsed_days: z.number(),
  scheduled_days: z.number(),
  learning_steps: z.number(),
  review: isoDate,
}) satisfies z.ZodType<StoredReviewLog>;

const wordV1 = z.object({
  id: short,
  lemma: short,
  pos: short,
  meaning: long,
  note: long,
  status: z.enum(statuses),
  forms: z.array(short).min(1).max(L.formsPerWord),
  contexts: z.array(wordContext).min(1).max(L.contextsPerWord),
  card: storedCard,
  createdAt: isoDate,
  updatedAt: isoDate,
}) satisfies z.ZodType<WordV1>;

export const savedWordV1 = wordV1;

export const savedWord = wordV1.extend({
  statusBy: z.enum(["learner", "review"]),
  statusHistory: z.array(z.object({ at: isoDate, status: z.enum(statuses) })).max(L.statusChangesPerWord),
  reviews: z.array(storedReviewLog).max(L.reviewsPerWord),
}) satisfies z.ZodType<SavedWord>;
