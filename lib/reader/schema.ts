import { z } from "zod";
import { NAME_GENDERS, NAME_KINDS, NAME_SORTS, UD_FEATURE_NAMES } from "../analysis/types";
import { MEANING_SOURCES } from "../dictionary/types";
import { GENDERS, WORD_CLASSES } from "../glossary/types";
import { READER_DOCUMENT_VERSION, READER_TOKEN_KINDS, type ReaderDocument } from "./types";

/**
 * The reader document's schema, for the server side of a boundary (files, HTTP bodies). The
 * browser checks documents it reads from IndexedDB with lib/reader/check.ts instead, to keep zod
 * out of client bundles; a unit test runs both on the same inputs.
 */
const text = z.string();
const index = z.number().int().min(0);
const upos = z.enum(["NOUN", "PROPN", "VERB", "AUX", "ADJ", "ADV", "PRON", "DET", "NUM", "ADP", "CCONJ", "SCONJ", "PART", "INTJ", "PUNCT", "SYM", "X"]);
const features = z.partialRecord(z.enum(UD_FEATURE_NAMES), z.string());

const glossEntry = z.object({
  id: text.min(1),
  lemma: text.min(1),
  pos: z.enum(WORD_CLASSES),
  gender: z.enum(GENDERS).optional(),
  meanings: z.array(z.object({ text: text.min(1), source: z.enum(MEANING_SOURCES) })),
  parts: z.array(z.object({ form: text.min(1), lemma: text.min(1), meaning: text.min(1).optional() })).optional(),
  note: text.optional(),
  origin: z.enum(["curated", "automatic"]),
  lemmaSource: z.enum(["bin", "curated"]).optional(),
  name: z
    .object({
      kind: z.enum(NAME_KINDS),
      sort: z.enum(NAME_SORTS).optional(),
      genders: z.array(z.enum(NAME_GENDERS)).optional(),
      also: z.array(z.enum(NAME_KINDS)).optional(),
    })
    .optional(),
  asWord: z.object({ lemma: text.min(1), meanings: z.array(z.object({ text: text.min(1), source: z.enum(MEANING_SOURCES) })).min(1) }).optional(),
});

const grammar = z.object({
  text: text.optional(),
  features: features.optional(),
  otherReadings: z.array(z.object({ lemma: text, upos, feats: features })).optional(),
  governor: z
    .object({ kind: z.enum(["preposition", "verb"]), lemma: text, form: text, case: text })
    .optional(),
  antecedent: z.object({ form: text.min(1) }).optional(),
  note: text.optional(),
  unavailable: z.literal(true).optional(),
});

const token = z.object({
  start: index,
  end: index,
  kind: z.enum(READER_TOKEN_KINDS),
  gloss: index.optional(),
  grammar: grammar.optional(),
  phrases: z.array(index).optional(),
});

const sentence = z.object({
  id: z.templateLiteral(["p", z.number().int(), ".s", z.number().int()]),
  is: text,
  start: index,
  en: text,
  alignment: z.object({
    translation: z.enum(["reviewed", "machine", "none"]),
    links: z.array(z.tuple([index, index, index, index])).optional(),
    joined: z.boolean().optional(),
  }),
  tokens: z.array(token),
  phrases: z.array(z.object({ tokens: z.array(index).min(1), gloss: index })).optional(),
});

export const readerDocumentSchema = z
  .object({
    version: z.literal(READER_DOCUMENT_VERSION),
    id: text.min(1),
    title: z.object({ is: text, en: text }),
    attribution: z.object({ is: text, en: text }).optional(),
    glosses: z.array(glossEntry),
    paragraphs: z.array(z.object({ id: z.templateLiteral(["p", z.number().int()]), sentences: z.array(sentence) })),
    analysis: z.object({ version: text.min(1), engine: z.enum(["greynir", "lemma-is"]) }).optional(),
  })
  .superRefine((document, ctx) => {
    for (const paragraph of document.paragraphs) {
      for (const s of paragraph.sentences) {
        const problem = sentenceProblem(s, document.glosses.length);
        if (problem) ctx.addIssue({ code: "custom", message: `${s.id}: ${problem}` });
      }
    }
  });

/** References a schema cannot express: offsets inside the sentence, indexes inside their tables. */
function sentenceProblem(s: z.infer<typeof sentence>, glosses: number): string | undefined {
  const phrases = s.phrases ?? [];
  for (const [i, t] of s.tokens.entries()) {
    if (t.end <= t.start || t.end > s.is.length) return `token ${i + 1} lies outside the sentence`;
    if (t.gloss !== undefined && t.gloss >= glosses) return `token ${i + 1} refers to a missing gloss`;
    if (t.phrases?.some((p) => p >= phrases.length)) return `token ${i + 1} refers to a missing phrase`;
  }
  for (const p of phrases) {
    if (p.gloss >= glosses || p.tokens.some((t) => t >= s.tokens.length)) return "a phrase refers to a missing token or gloss";
  }
  return undefined;
}

// The schema and the hand-written type must describe the same data.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameShape: Same<z.infer<typeof readerDocumentSchema>, ReaderDocument> = true;
void sameShape;

export function parseReaderDocument(value: unknown): ReaderDocument {
  return readerDocumentSchema.parse(value);
}
