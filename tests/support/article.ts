import { getReaderDocument, loadLexicon } from "@/lib/reader/document";
import { tokenText } from "@/lib/reader/types";

export const SLUG = "drone-attack-anbar";

/** The first article's document, with each word's gloss entry looked up in the document's table. */
export async function firstArticle() {
  const document = await getReaderDocument(SLUG);
  const sentences = document.paragraphs.flatMap((paragraph) => paragraph.sentences);
  const entry = (index: number | undefined) => (index === undefined ? undefined : document.glosses[index]);
  const words = sentences.flatMap((sentence) =>
    sentence.tokens
      .filter((token) => token.kind === "word")
      .map((token) => ({
        text: tokenText(sentence, token),
        sentenceId: sentence.id,
        entry: entry(token.gloss),
        grammar: token.grammar,
        inPhrase: (token.phrases?.length ?? 0) > 0,
      })),
  );
  const phrases = sentences.flatMap((sentence) =>
    (sentence.phrases ?? []).map((phrase) => {
      const first = sentence.tokens[phrase.tokens[0]!]!;
      const last = sentence.tokens[phrase.tokens[phrase.tokens.length - 1]!]!;
      return { text: sentence.is.slice(first.start, last.end), entry: document.glosses[phrase.gloss]! };
    }),
  );
  return { document, sentences, words, phrases, lexicon: loadLexicon() };
}
