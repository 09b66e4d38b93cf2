import type { ReactNode } from "react";
import { viewTerms, type TextViewSentence } from "@/lib/reader/text-view";
import { tokenElementId } from "@/lib/reader/types";

/**
 * The Icelandic side of a pair: plain text, with each glossed word (or word of a phrase) as one
 * focusable element. `data-g` (the word's gloss-table row) is only for CSS: status colours.
 * With `titles` (server-rendered pages) each word also carries "lemma: meaning" as its title,
 * for reading without JavaScript; the gloss layer removes these titles once it runs.
 */
export function IcelandicSentence({ sentence, titles }: { sentence: TextViewSentence; titles?: readonly string[] }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const term of viewTerms(sentence)) {
    if (term.start > at) parts.push(sentence.is.slice(at, term.start));
    parts.push(
      <span
        key={term.index}
        id={tokenElementId(sentence.id, term.index)}
        className={term.gloss === undefined ? "term term-phrase-only" : "term"}
        tabIndex={0}
        data-g={term.gloss}
        title={titles?.[term.titleRow]}
      >
        {sentence.is.slice(term.start, term.end)}
      </span>,
    );
    at = term.end;
  }
  if (at < sentence.is.length) parts.push(sentence.is.slice(at));
  return (
    <p className="sentence sentence-is" lang="is">
      {parts}
    </p>
  );
}
