import { getReaderDocument, loadLexicon } from "@/lib/reader/document";
import type { ReaderToken } from "@/lib/reader/types";

export const SLUG = "drone-attack-anbar";

export function firstArticle() {
  const document = getReaderDocument(SLUG);
  const sentences = document.paragraphs.flatMap((paragraph) => paragraph.sentences);
  const words: (ReaderToken & { sentenceId: string })[] = sentences.flatMap((sentence) =>
    sentence.tokens.filter((token) => token.kind === "word").map((token) => ({ ...token, sentenceId: sentence.id })),
  );
  return { document, sentences, words, lexicon: loadLexicon() };
}
