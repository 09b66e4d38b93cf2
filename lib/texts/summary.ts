import type { ReaderDocument } from "../reader/types";

/** What the library shows of a text without opening it: its size and the lemmas it contains. */
export interface TextSummary {
  words: number;
  sentences: number;
  /** Gloss entry ids (one per lemma and word class) of its words, for known/learning/new counts. */
  entries: string[];
}

export function summarize(document: ReaderDocument): TextSummary {
  let words = 0;
  let sentences = 0;
  const entries = new Set<string>();
  for (const paragraph of document.paragraphs) {
    for (const sentence of paragraph.sentences) {
      sentences++;
      for (const token of sentence.tokens) {
        if (token.kind === "word") words++;
        const entry = token.gloss === undefined ? undefined : document.glosses[token.gloss];
        if (entry) entries.add(entry.id);
      }
    }
  }
  return { words, sentences, entries: [...entries] };
}
