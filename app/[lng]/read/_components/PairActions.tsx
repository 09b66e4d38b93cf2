"use client";

import { useMemo } from "react";
import { unknownCount } from "@/lib/vocab/counts";
import { useReader } from "./ReaderContext";

const fill = (template: string, count: number) => template.replace("{{count}}", String(count));

/** Per sentence: how many of its words are still to learn, listen, and (Icelandic only) reveal the translation. */
export function PairActions({ sentenceId }: { sentenceId: string }) {
  const { document, labels, vocabulary, index, revealed, toggleReveal, listen } = useReader();
  const sentence = index.sentences.get(sentenceId);
  const entryIds = useMemo(
    () => (sentence?.tokens ?? []).flatMap((token) => (token.gloss === undefined ? [] : (document?.glosses[token.gloss]?.id ?? []))),
    [sentence, document],
  );
  const open = revealed.has(sentenceId);
  return (
    <span className="pair-actions">
      {vocabulary.loaded && entryIds.length > 0 && (
        <span className="unknown-count">{fill(labels.vocab.counts.unknownInSentence, unknownCount(entryIds, vocabulary.byId))}</span>
      )}
      <button type="button" className="pair-action" aria-label={labels.actions.listenSentence} onClick={() => listen([sentenceId])}>
        <span aria-hidden="true">▶</span>
      </button>
      <button
        type="button"
        className="pair-action reveal"
        aria-expanded={open}
        aria-controls={`en-${sentenceId}`}
        onClick={() => toggleReveal(sentenceId)}
      >
        {open ? labels.actions.hide : labels.actions.show}
      </button>
    </span>
  );
}
