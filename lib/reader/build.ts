import type { GlossedSentence } from "../glossary/gloss-sentence";
import type { Paragraph, Sentence, SentenceId, Token } from "../text/types";
import { GlossTable } from "./gloss-table";
import { READER_DOCUMENT_VERSION, type ReaderDocument, type ReaderParagraph, type ReaderSentence, type ReaderToken } from "./types";

export interface ReaderInput {
  id: string;
  title: ReaderDocument["title"];
  attribution?: ReaderDocument["attribution"];
  paragraphs: Paragraph[];
  translations: ReadonlyMap<SentenceId, string>;
  translationStatus: "reviewed" | "machine" | "none";
}

export interface ReaderSteps {
  tokenize(sentence: Sentence): Token[];
  gloss(sentence: Sentence, tokens: Token[]): GlossedSentence;
}

function readerSentence(sentence: Sentence, en: string, input: ReaderInput, steps: ReaderSteps, table: GlossTable): ReaderSentence {
  const all = steps.tokenize(sentence);
  const { words, phrases } = steps.gloss(sentence, all);
  const kept = all.filter((token) => token.kind !== "space");
  const position = new Map(kept.map((token, index) => [token.id, index]));
  const tokens: ReaderToken[] = kept.map((token) => {
    const glossed = words.get(token.id);
    return {
      start: token.start - sentence.start,
      end: token.end - sentence.start,
      kind: token.kind === "space" ? "other" : token.kind,
      ...(glossed && { gloss: table.add(glossed.entry) }),
      ...(glossed?.grammar && { grammar: glossed.grammar }),
    };
  });
  const readerPhrases = phrases.map((phrase, phraseIndex) => {
    const indexes = phrase.tokenIds.flatMap((id) => position.get(id) ?? []);
    for (const index of indexes) {
      const token = tokens[index]!;
      token.phrases = [...(token.phrases ?? []), phraseIndex];
    }
    return { tokens: indexes, gloss: table.add(phrase.entry) };
  });
  return {
    id: sentence.id,
    is: sentence.text,
    start: sentence.start,
    en,
    alignment: { translation: en ? input.translationStatus : "none" },
    tokens,
    ...(readerPhrases.length > 0 && { phrases: readerPhrases }),
  };
}

/**
 * One paragraph of the document, its entries added to `table`. The import builds a document
 * paragraph by paragraph as the analysis lands, with one table across all of them.
 */
export function buildReaderParagraph(paragraph: Paragraph, input: ReaderInput, steps: ReaderSteps, table: GlossTable): ReaderParagraph {
  return {
    id: paragraph.id,
    sentences: paragraph.sentences.map((sentence) => {
      const translation = input.translations.get(sentence.id);
      // Content validation guarantees a translation per sentence; this guards the invariant.
      if (translation === undefined) throw new Error(`${sentence.id} has no translation`);
      return readerSentence(sentence, translation, input, steps, table);
    }),
  };
}

/** Composes the pipeline into the plain document the reader renders, with one gloss table. */
export function buildReaderDocument(input: ReaderInput, steps: ReaderSteps, table = new GlossTable()): ReaderDocument {
  const paragraphs = input.paragraphs.map((paragraph) => buildReaderParagraph(paragraph, input, steps, table));
  return {
    version: READER_DOCUMENT_VERSION,
    id: input.id,
    title: input.title,
    ...(input.attribution && { attribution: input.attribution }),
    glosses: table.entries(),
    paragraphs,
  };
}
