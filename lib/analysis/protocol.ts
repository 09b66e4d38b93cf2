import { z } from "zod";
import { ANALYSIS_TOKEN_KINDS, NAME_GENDERS, NAME_KINDS, NAME_SORTS, type AnalyzedToken } from "./types";

/** The worker's replies, checked at the edge (one JSON object per line). */

const UPOS = ["NOUN", "PROPN", "VERB", "AUX", "ADJ", "ADV", "PRON", "DET", "NUM", "ADP", "CCONJ", "SCONJ", "PART", "INTJ", "PUNCT", "SYM", "X"] as const;

const feats = z.object({
  Case: z.string(), Number: z.string(), Gender: z.string(), Definite: z.string(), Person: z.string(),
  Tense: z.string(), Mood: z.string(), Voice: z.string(), VerbForm: z.string(), Degree: z.string(),
}).partial();

const name = z.object({
  kind: z.enum(NAME_KINDS),
  sort: z.enum(NAME_SORTS).optional(),
  genders: z.array(z.enum(NAME_GENDERS)).optional(),
  also: z.array(z.enum(NAME_KINDS)).optional(),
});

const reading = z.object({ lemma: z.string(), upos: z.enum(UPOS), feats });

const token = z.object({
  kind: z.enum(ANALYSIS_TOKEN_KINDS),
  form: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  lemma: z.string().optional(),
  upos: z.enum(UPOS).optional(),
  feats: feats.optional(),
  otherReadings: z.array(reading).optional(),
  parts: z.array(z.object({ form: z.string(), lemma: z.string() })).optional(),
  governor: z.object({ kind: z.enum(["preposition", "verb"]), lemma: z.string(), form: z.string(), case: z.string() }).optional(),
  antecedent: z.object({ form: z.string() }).optional(),
  phrase: z.object({ lemma: z.string(), upos: z.enum(UPOS) }).optional(),
  name: name.optional(),
}) satisfies z.ZodType<AnalyzedToken>;

export const readySchema = z.object({ ready: z.literal(true) });

export const replySchema = z.union([
  z.object({ id: z.number(), tokens: z.array(token), sentences: z.number(), parsed: z.number(), restart: z.boolean().optional() }),
  z.object({ id: z.number().nullable(), error: z.string(), restart: z.boolean().optional() }),
]);
export type WorkerReply = z.infer<typeof replySchema>;
