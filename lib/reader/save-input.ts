import { describeName, type NameLabels } from "../glossary/name-label";
import type { SaveInput } from "../vocab/model";
import type { TokenPlace } from "./places";
import type { ReaderDocument } from "./types";

/**
 * What the vocabulary keeps of the word at a token: its entry, the form and the sentence. Undefined for a word without a gloss.
 * With `names` (the gloss's strings), a name with no meaning of its own is studied as what the gloss says it is ("a given name (man's)").
 */
export function saveInputAt(document: ReaderDocument, place: TokenPlace, names?: NameLabels): SaveInput | undefined {
  const token = place.sentence.tokens[place.tokenIndex];
  const entry = token?.gloss === undefined ? undefined : document.glosses[token.gloss];
  if (!token || !entry) return undefined;
  const name = names && entry.pos === "proper-noun" ? describeName(entry.name, names) : "";
  return {
    entryId: entry.id,
    lemma: entry.lemma,
    pos: entry.pos,
    meaning: entry.meanings[0]?.text ?? name,
    form: place.sentence.is.slice(token.start, token.end),
    context: { slug: document.id, title: document.title.is, sentenceId: place.sentence.id, is: place.sentence.is, en: place.sentence.en },
  };
}
