import { NAME_GENDERS, NAME_KINDS, NAME_SORTS, UD_FEATURE_NAMES } from "../analysis/types";
import { MEANING_SOURCES } from "../dictionary/types";
import { GENDERS, WORD_CLASSES } from "../glossary/types";
import { READER_DOCUMENT_VERSION, READER_TOKEN_KINDS, type ReaderDocument } from "./types";

/**
 * The browser's check of a reader document read from IndexedDB: the same rules as the zod schema
 * in lib/reader/schema.ts (a unit test runs both on the same inputs), written by hand because zod
 * would add ~50 KB to the reader's bundle. It answers with the first problem found, or none.
 */
type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === "object" && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === "string";
const isIndex = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v) && v >= 0;
const optional = (v: unknown, test: (v: unknown) => boolean) => v === undefined || test(v);
const oneOf = (list: readonly string[]) => (v: unknown) => isStr(v) && list.includes(v);
const arrayOf = (test: (v: unknown) => boolean) => (v: unknown) => Array.isArray(v) && v.every(test);
const nonEmpty = (v: unknown) => isStr(v) && v.length > 0;
const UPOS = ["NOUN", "PROPN", "VERB", "AUX", "ADJ", "ADV", "PRON", "DET", "NUM", "ADP", "CCONJ", "SCONJ", "PART", "INTJ", "PUNCT", "SYM", "X"];

const isFeatures = (v: unknown) => isRec(v) && Object.entries(v).every(([k, value]) => oneOf(UD_FEATURE_NAMES)(k) && isStr(value));
const isPair = (v: unknown) => isRec(v) && isStr(v.is) && isStr(v.en);

const isMeanings = arrayOf((m) => isRec(m) && nonEmpty(m.text) && oneOf(MEANING_SOURCES)(m.source));
const isName = (v: unknown) =>
  isRec(v) &&
  oneOf(NAME_KINDS)(v.kind) &&
  optional(v.sort, oneOf(NAME_SORTS)) &&
  optional(v.genders, arrayOf(oneOf(NAME_GENDERS))) &&
  optional(v.also, arrayOf(oneOf(NAME_KINDS)));
const isCommonWord = (v: unknown) => isRec(v) && nonEmpty(v.lemma) && isMeanings(v.meanings) && Array.isArray(v.meanings) && v.meanings.length > 0;

function isEntry(v: unknown): boolean {
  return (
    isRec(v) &&
    nonEmpty(v.id) &&
    nonEmpty(v.lemma) &&
    oneOf(WORD_CLASSES)(v.pos) &&
    optional(v.gender, oneOf(GENDERS)) &&
    isMeanings(v.meanings) &&
    optional(v.parts, arrayOf((p) => isRec(p) && nonEmpty(p.form) && nonEmpty(p.lemma) && optional(p.meaning, nonEmpty))) &&
    optional(v.note, isStr) &&
    oneOf(["curated", "automatic"])(v.origin) &&
    optional(v.lemmaSource, oneOf(["bin", "curated"])) &&
    optional(v.name, isName) &&
    optional(v.asWord, isCommonWord)
  );
}

function isGrammar(v: unknown): boolean {
  return (
    isRec(v) &&
    optional(v.text, isStr) &&
    optional(v.features, isFeatures) &&
    optional(v.otherReadings, arrayOf((r) => isRec(r) && isStr(r.lemma) && oneOf(UPOS)(r.upos) && isFeatures(r.feats))) &&
    optional(v.governor, (g) => isRec(g) && oneOf(["preposition", "verb"])(g.kind) && isStr(g.lemma) && isStr(g.form) && isStr(g.case)) &&
    optional(v.antecedent, (a) => isRec(a) && nonEmpty(a.form)) &&
    optional(v.note, isStr) &&
    optional(v.unavailable, (u) => u === true)
  );
}

function sentenceProblem(s: unknown, glosses: number): string | undefined {
  if (!isRec(s) || !isStr(s.id) || !/^p-?\d+\.s-?\d+$/.test(s.id)) return "a sentence has no valid id";
  const { is, tokens, phrases } = s;
  if (!isStr(is) || !isIndex(s.start) || !isStr(s.en)) return `${s.id}: text, offset or translation missing`;
  const alignment = s.alignment;
  if (!isRec(alignment) || !oneOf(["reviewed", "machine", "none"])(alignment.translation)) return `${s.id}: alignment missing`;
  if (!optional(alignment.joined, (v) => typeof v === "boolean")) return `${s.id}: bad row join`;
  if (!optional(alignment.links, arrayOf((l) => Array.isArray(l) && l.length === 4 && l.every(isIndex)))) return `${s.id}: bad alignment links`;
  if (!Array.isArray(tokens)) return `${s.id}: tokens missing`;
  if (!optional(phrases, arrayOf((p) => isRec(p) && arrayOf(isIndex)(p.tokens) && Array.isArray(p.tokens) && p.tokens.length > 0 && isIndex(p.gloss)))) {
    return `${s.id}: bad phrases`;
  }
  const phraseList: unknown[] = Array.isArray(phrases) ? phrases : [];
  for (const [i, t] of tokens.entries()) {
    const where = `${s.id} token ${i + 1}`;
    if (!isRec(t) || !isIndex(t.start) || !isIndex(t.end) || !oneOf(READER_TOKEN_KINDS)(t.kind)) return `${where}: not a token`;
    if (t.end <= t.start || t.end > is.length) return `${where} lies outside the sentence`;
    if (!optional(t.gloss, (g) => isIndex(g) && g < glosses)) return `${where} refers to a missing gloss`;
    if (!optional(t.grammar, isGrammar)) return `${where}: bad grammar`;
    if (!optional(t.phrases, arrayOf((p) => isIndex(p) && p < phraseList.length))) return `${where} refers to a missing phrase`;
  }
  for (const p of phraseList) {
    if (isRec(p) && ((isIndex(p.gloss) && p.gloss >= glosses) || (Array.isArray(p.tokens) && p.tokens.some((t) => isIndex(t) && t >= tokens.length)))) {
      return `${s.id}: a phrase refers to a missing token or gloss`;
    }
  }
  return undefined;
}

/** The first thing wrong with a stored document, or undefined when it can be rendered. */
export function documentProblem(value: unknown): string | undefined {
  if (!isRec(value)) return "not an object";
  if (value.version !== READER_DOCUMENT_VERSION) return `version ${String(value.version)} is not ${READER_DOCUMENT_VERSION}`;
  if (!nonEmpty(value.id) || !isPair(value.title) || !optional(value.attribution, isPair)) return "id, title or attribution missing";
  if (!optional(value.analysis, (a) => isRec(a) && nonEmpty(a.version) && oneOf(["greynir", "lemma-is"])(a.engine))) return "bad analysis stamp";
  const { glosses, paragraphs } = value;
  if (!Array.isArray(glosses)) return "gloss table missing";
  const badEntry = glosses.findIndex((entry) => !isEntry(entry));
  if (badEntry >= 0) return `gloss ${badEntry} is not a gloss entry`;
  if (!Array.isArray(paragraphs)) return "paragraphs missing";
  for (const paragraph of paragraphs) {
    if (!isRec(paragraph) || !isStr(paragraph.id) || !/^p-?\d+$/.test(paragraph.id) || !Array.isArray(paragraph.sentences)) {
      return "a paragraph has no id or sentences";
    }
    for (const sentence of paragraph.sentences) {
      const problem = sentenceProblem(sentence, glosses.length);
      if (problem) return problem;
    }
  }
  return undefined;
}

export function isReaderDocument(value: unknown): value is ReaderDocument {
  return documentProblem(value) === undefined;
}
