"use client";

import { fill } from "@/lib/i18n/fill";
import { unknownCount } from "@/lib/vocab/counts";
import { useReader } from "./ReaderContext";

/**
 * Per sentence: how many of its words are still to learn, listen, and (Icelandic only) reveal the
 * translation. The sentence's entry ids come as props, so the count shows as soon as the
 * vocabulary has loaded, without waiting for the document's data (which loads after the page,
 * and would otherwise move the text under a word being hovered when the count appears).
 */
export function PairActions({ sentenceId, entryIds }: { sentenceId: string; entryIds: readonly string[] }) {
  const { labels, vocabulary, revealed, toggleReveal, listen } = useReader();
  const open = revealed.has(sentenceId);
  return (
    <span className="pair-actions">
      {vocabulary.loaded && entryIds.length > 0 && (
        <span className="unknown-count">{fill(labels.vocab.counts.unknownInSentence, { count: unknownCount(entryIds, vocabulary.byId) })}</span>
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
