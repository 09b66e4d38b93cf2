import { sentenceHtml } from "@/lib/reader/sentence-html";
import type { TextViewSentence } from "@/lib/reader/text-view";

/**
 * The Icelandic side of a pair: one element whose words are markup from `sentenceHtml` (each
 * glossed word focusable, with its token's id). With `titles` (server-rendered pages) each word
 * also carries "lemma: meaning" for reading without JavaScript; the gloss layer removes them.
 */
export function IcelandicSentence({ sentence, titles }: { sentence: TextViewSentence; titles?: readonly string[] }) {
  return <p className="sentence sentence-is" lang="is" dangerouslySetInnerHTML={{ __html: sentenceHtml(sentence, titles) }} />;
}
