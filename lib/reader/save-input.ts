import type { SaveInput } from "../vocab/model";
import type { TokenPlace } from "./places";
import type { ReaderDocument } from "./types";

/** What the vocabulary keeps of the word at a token: its entry, the form and the sentence. Undefined for a word without a gloss. */
export function saveInputAt(document: ReaderDocument, place: TokenPlace): SaveInput | undefined {
  const token = place.sentence.tokens[place.tokenIndex];
  const entry = token?.gloss === undefined ? undefined : document.glosses[token.gloss];
  if (!token || !entry) return undefined;
  return {
    entryId: entry.id,
    lemma: entry.lemma,
    pos: entry.pos,
    meaning: entry.meanings[0]?.text ?? "",
    form: place.sentence.is.slice(token.start, token.end),
    context: { slug: document.id, title: document.title.is, sentenceId: place.sentence.id, is: place.sentence.is, en: place.sentence.en },
  };
}
