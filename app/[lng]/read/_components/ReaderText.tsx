"use client";

import type { ReactNode } from "react";
import type { TextView, TextViewSentence } from "@/lib/reader/text-view";
import type { ReaderLabels } from "./labels";
import { Progressive } from "./Progressive";
import { SentencePair } from "./SentencePair";

/**
 * The aligned text of a document: the same markup on the server (built-in articles) and in the
 * browser (stored texts). A word is one element carrying its token's id; its gloss is rendered
 * on demand by the one gloss layer (GlossPopup). A client component, so that the page's RSC
 * payload carries the compact TextView rather than every word as a serialised element. In the
 * browser, long texts appear a slice at a time.
 */
export interface ReaderTextExtras {
  /** Controls at the end of a row (alignment fixes of a stored text); `hasNext`: another row follows in the paragraph. */
  rowControls?: (row: readonly TextViewSentence[], hasNext: boolean) => ReactNode;
  /** A note on a paragraph not analysed yet. */
  paragraphNote?: (index: number) => string | undefined;
  /** Why the English column is empty, when no sentence has a translation. */
  noTranslation?: string;
}

export function ReaderText({ view, labels, progressive, extras = {} }: { view: TextView; labels: ReaderLabels; progressive: boolean; extras?: ReaderTextExtras }) {
  const paragraphs = view.paragraphs.map((paragraph, index) => {
    const note = extras.paragraphNote?.(index);
    return (
      <section key={paragraph.id} className="paragraph" aria-busy={note ? true : undefined}>
        {note && (
          <p className="analysis-note" lang={labels.lng}>
            {note}
          </p>
        )}
        {paragraph.rows.map((row, r) =>
          row.sentences.map((sentence, i) => (
            <SentencePair key={sentence.id} sentence={sentence} view={view} en={i === 0 ? row.en : ""} joined={i > 0}>
              {i === row.sentences.length - 1 && extras.rowControls?.(row.sentences, r < paragraph.rows.length - 1)}
            </SentencePair>
          )),
        )}
      </section>
    );
  });
  const untranslated = extras.noTranslation && view.paragraphs.every((p) => p.rows.every((row) => !row.en));
  return (
    <>
      <div className="column-heads" aria-hidden="true">
        <span lang={labels.lng}>{labels.columns.is}</span>
        <span lang={labels.lng} className="column-head-en">
          {labels.columns.en}
        </span>
      </div>
      {untranslated && (
        <p className="notice no-translation" lang={labels.lng}>
          {extras.noTranslation}
        </p>
      )}
      {progressive ? <Progressive>{paragraphs}</Progressive> : paragraphs}
    </>
  );
}
