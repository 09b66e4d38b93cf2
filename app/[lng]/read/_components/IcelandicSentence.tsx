import type { ReactNode } from "react";
import type { GlossEntry } from "@/lib/glossary/types";
import { tokenElementId, type ReaderSentence } from "@/lib/reader/types";

/** "lemma: meaning" for the word's entry, or else for its first phrase's. */
function plainGloss(sentence: ReaderSentence, index: number, glosses: readonly GlossEntry[]): string | undefined {
  const token = sentence.tokens[index];
  const row = token?.gloss ?? sentence.phrases?.[token?.phrases?.[0] ?? -1]?.gloss;
  const entry = row === undefined ? undefined : glosses[row];
  return entry && `${entry.lemma}: ${entry.meanings[0]?.text ?? ""}`;
}

/**
 * The Icelandic side of a pair: plain text, with each glossed word (or word of a phrase) as one
 * focusable element. `data-g` (the word's gloss-table row) is only for CSS: status colours.
 * With `plainTitles` (server-rendered pages) each word also carries "lemma: meaning" as its title,
 * for reading without JavaScript; the gloss layer removes these titles once it runs.
 */
export function IcelandicSentence({ sentence, glosses, plainTitles }: { sentence: ReaderSentence; glosses: readonly GlossEntry[]; plainTitles: boolean }) {
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
        title={plainTitles ? plainGloss(sentence, index, glosses) : undefined}
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
