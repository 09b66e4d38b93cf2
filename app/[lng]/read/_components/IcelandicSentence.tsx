import type { ReactNode } from "react";
import { tokenElementId, type ReaderSentence } from "@/lib/reader/types";

/**
 * The Icelandic side of a pair: plain text, with each glossed word (or word of a phrase) as one
 * focusable element. `data-g` (the word's gloss-table row) is only for CSS: status colours.
 */
export function IcelandicSentence({ sentence }: { sentence: ReaderSentence }) {
  const parts: ReactNode[] = [];
  let at = 0;
  sentence.tokens.forEach((token, index) => {
    if (token.gloss === undefined && !token.phrases?.length) return;
    if (token.start > at) parts.push(sentence.is.slice(at, token.start));
    parts.push(
      <span
        key={index}
        id={tokenElementId(sentence.id, index)}
        className={token.gloss === undefined ? "term term-phrase-only" : "term"}
        tabIndex={0}
        data-g={token.gloss}
      >
        {sentence.is.slice(token.start, token.end)}
      </span>,
    );
    at = token.end;
  });
  if (at < sentence.is.length) parts.push(sentence.is.slice(at));
  return (
    <p className="sentence sentence-is" lang="is">
      {parts}
    </p>
  );
}
