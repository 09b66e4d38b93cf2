import type { GlossEntry } from "../glossary/types";
import { paragraphRows, rowEnglish } from "./rows";
import type { ParagraphId, SentenceId } from "../text/types";
import type { ReaderDocument, ReaderSentence } from "./types";

/**
 * What the page needs to show a document's text, and nothing of its glosses' content: the reader
 * renders the text in a client component, so these props travel in the page's RSC payload beside
 * the HTML. A word costs four numbers there instead of a serialised element (~130 bytes each);
 * the glosses themselves come with the document's data, after the page (useDocumentData).
 */
export interface TextView {
  paragraphs: TextViewParagraph[];
  /** Per gloss row, its entry's id: a sentence's unknown-word count needs no more of the entry. */
  entryIds: string[];
  /** Per gloss row, "lemma: meaning": each word's title for reading without JavaScript (server pages only). */
  titles?: string[];
}

export interface TextViewParagraph {
  id: ParagraphId;
  rows: TextViewRow[];
}

/** Sentences read as one row (an alignment joined them) and the English of the whole row. */
export interface TextViewRow {
  sentences: TextViewSentence[];
  en: string;
}

export interface TextViewSentence {
  id: SentenceId;
  is: string;
  /**
   * The words with a gloss, four numbers each: the token's index in the sentence, its start and
   * end offsets, and its gloss row. A word glossed only through a phrase has `-(row + 1)`, its
   * phrase's row.
   */
  terms: number[];
}

export interface TextViewTerm {
  /** Index in the sentence's tokens (the element id is derived from it). */
  index: number;
  start: number;
  end: number;
  /** The word's own gloss row, or undefined when only a phrase glosses it. */
  gloss?: number;
  /** The row whose entry titles the word: its own, or its first phrase's. */
  titleRow: number;
}

function sentenceTerms(sentence: ReaderSentence): number[] {
  const terms: number[] = [];
  sentence.tokens.forEach((token, index) => {
    const phraseRow = sentence.phrases?.[token.phrases?.[0] ?? -1]?.gloss;
    if (token.gloss !== undefined) terms.push(index, token.start, token.end, token.gloss);
    else if (phraseRow !== undefined) terms.push(index, token.start, token.end, -(phraseRow + 1));
  });
  return terms;
}

/** The text of `document` as the page shows it; `titles` adds the plain glosses for a page read without JavaScript. */
export function textView(document: ReaderDocument, { titles = false } = {}): TextView {
  const plain = (entry: GlossEntry) => (entry.meanings[0] ? `${entry.lemma}: ${entry.meanings[0].text}` : entry.lemma);
  return {
    paragraphs: document.paragraphs.map((paragraph) => ({
      id: paragraph.id,
      rows: paragraphRows(paragraph).map((row) => ({
        sentences: row.map((sentence) => ({ id: sentence.id, is: sentence.is, terms: sentenceTerms(sentence) })),
        en: rowEnglish(row),
      })),
    })),
    entryIds: document.glosses.map((entry) => entry.id),
    ...(titles ? { titles: document.glosses.map(plain) } : {}),
  };
}

/** The words of a sentence, read back from its `terms`. */
export function viewTerms(sentence: TextViewSentence): TextViewTerm[] {
  const out: TextViewTerm[] = [];
  for (let i = 0; i + 4 <= sentence.terms.length; i += 4) {
    const [index = 0, start = 0, end = 0, row = 0] = sentence.terms.slice(i, i + 4);
    out.push(row >= 0 ? { index, start, end, gloss: row, titleRow: row } : { index, start, end, titleRow: -row - 1 });
  }
  return out;
}

/** The entry ids of a sentence's own glossed words, in reading order (repeats kept: a count per word). */
export function sentenceEntryIds(sentence: TextViewSentence, entryIds: readonly string[]): string[] {
  return viewTerms(sentence).flatMap((term) => (term.gloss === undefined ? [] : (entryIds[term.gloss] ?? [])));
}
