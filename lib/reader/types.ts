import type { AnalysisEngine } from "../analysis/types";
import type { FormGrammar, GlossEntry } from "../glossary/types";
import type { ParagraphId, SentenceId } from "../text/types";

/**
 * The reader document: everything the reader renders, as plain, serialisable data. The same
 * shape comes from content/ at build time and from the browser's IndexedDB (imported texts), and
 * the same components render both. A gloss entry is stored once in `glosses`; tokens refer to it
 * by index and carry only what differs per occurrence (the grammar of the form where it stands).
 */
export const READER_DOCUMENT_VERSION = 1;

/** Spaces are not tokens here: the text between tokens is the sentence text itself. */
export const READER_TOKEN_KINDS = ["word", "number", "punctuation", "other"] as const;
export type ReaderTokenKind = (typeof READER_TOKEN_KINDS)[number];

export interface ReaderToken {
  /** Offsets into the sentence's Icelandic text, in UTF-16 code units; `end` is exclusive. */
  start: number;
  end: number;
  kind: ReaderTokenKind;
  /** Index into ReaderDocument.glosses. */
  gloss?: number;
  grammar?: FormGrammar;
  /** Indexes into the sentence's phrases this token belongs to. */
  phrases?: number[];
}

/** A multi-word expression in one sentence ("skotinn niður"). */
export interface ReaderPhrase {
  /** Indexes into the sentence's tokens, in reading order. */
  tokens: number[];
  gloss: number;
}

/** How the English side relates to the Icelandic one. */
export interface SentenceAlignment {
  /** Who made the translation: an editor ("reviewed"), a machine, or nobody yet ("none"). */
  translation: "reviewed" | "machine" | "none";
  /** Word-level links where an aligner found them: [isStart, isEnd, enStart, enEnd] offsets. */
  links?: [number, number, number, number][];
  /**
   * Read in one row with the sentence before it (same paragraph): the aligner linked them to one
   * English sentence, or the learner merged the rows. Each sentence keeps its own `en`, so a
   * merged row can be split again; the row shows the English of all its sentences.
   */
  joined?: boolean;
}

export interface ReaderSentence {
  id: SentenceId;
  /** The Icelandic sentence verbatim, and its offset in the whole source text. */
  is: string;
  start: number;
  /** The English translation ("" when there is none). */
  en: string;
  alignment: SentenceAlignment;
  tokens: ReaderToken[];
  phrases?: ReaderPhrase[];
}

export interface ReaderParagraph {
  id: ParagraphId;
  sentences: ReaderSentence[];
}

/**
 * Which analysis glossed an imported text: the server's analysis version (a hash of the worker's
 * rules and the glossary data, lib/analysis/version.ts) and the engine that ran. Documents stored
 * before this existed have none and count as older than any server.
 */
export interface AnalysisStamp {
  version: string;
  engine: AnalysisEngine;
}

export interface ReaderDocument {
  version: typeof READER_DOCUMENT_VERSION;
  /** A built-in article's slug, or an imported text's id; unique among the learner's texts. */
  id: string;
  title: { is: string; en: string };
  attribution?: { is: string; en: string };
  glosses: GlossEntry[];
  paragraphs: ReaderParagraph[];
  /** Set when an import's analysis finished (imported texts only). */
  analysis?: AnalysisStamp;
}

/** A token's element id in the page, "p1.s2.t3" (tokens numbered from 1 within their sentence). */
export function tokenElementId(sentence: SentenceId, tokenIndex: number): string {
  return `${sentence}.t${tokenIndex + 1}`;
}

export function tokenText(sentence: ReaderSentence, token: ReaderToken): string {
  return sentence.is.slice(token.start, token.end);
}
