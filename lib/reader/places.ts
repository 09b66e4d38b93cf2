import { tokenElementId, type ReaderDocument, type ReaderSentence } from "./types";

export interface TokenPlace {
  sentence: ReaderSentence;
  tokenIndex: number;
}

export interface DocumentIndex {
  sentences: ReadonlyMap<string, ReaderSentence>;
  /** Every term (a glossed word, or a word of a phrase) by its element id. */
  places: ReadonlyMap<string, TokenPlace>;
  /** Term ids in reading order, for moving from word to word. */
  terms: readonly string[];
}

/** Lookups the reader's islands need, built once per document (a 10,000-word text takes a few ms). */
export function indexDocument(document: ReaderDocument): DocumentIndex {
  const sentences = new Map<string, ReaderSentence>();
  const places = new Map<string, TokenPlace>();
  const terms: string[] = [];
  for (const paragraph of document.paragraphs) {
    for (const sentence of paragraph.sentences) {
      sentences.set(sentence.id, sentence);
      sentence.tokens.forEach((token, tokenIndex) => {
        if (token.gloss === undefined && !token.phrases?.length) return;
        const id = tokenElementId(sentence.id, tokenIndex);
        places.set(id, { sentence, tokenIndex });
        terms.push(id);
      });
    }
  }
  return { sentences, places, terms };
}
