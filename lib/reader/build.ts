import type { Paragraph, Sentence, SentenceId, Token } from "../text/types";
import type { ReaderDocument, ReaderPhrase, ReaderToken } from "./types";

export interface ReaderInput {
  slug: string;
  title: ReaderDocument["title"];
  attribution: ReaderDocument["attribution"];
  paragraphs: Paragraph[];
  translations: ReadonlyMap<SentenceId, string>;
}

export interface ReaderSteps {
  tokenize(sentence: Sentence): Token[];
  gloss(sentence: Sentence, tokens: Token[]): { tokens: ReaderToken[]; phrases: ReaderPhrase[] };
}

/** Composes the pipeline into the plain document the reader page renders. */
export function buildReaderDocument(input: ReaderInput, steps: ReaderSteps): ReaderDocument {
  return {
    slug: input.slug,
    title: input.title,
    attribution: input.attribution,
    paragraphs: input.paragraphs.map((paragraph) => ({
      id: paragraph.id,
      sentences: paragraph.sentences.map((sentence) => {
        const translation = input.translations.get(sentence.id);
        // Content validation guarantees a translation per sentence; this guards the invariant.
        if (translation === undefined) throw new Error(`${sentence.id} has no translation`);
        const { tokens, phrases } = steps.gloss(sentence, steps.tokenize(sentence));
        return { id: sentence.id, text: sentence.text, start: sentence.start, end: sentence.end, tokens, phrases, translation };
      }),
    })),
  };
}
