import type { ReactNode } from "react";
import type { ReaderDocument, ReaderParagraph, ReaderSentence } from "@/lib/reader/types";
import { paragraphRows, rowEnglish } from "@/lib/texts/rows";
import type { ReaderLabels } from "./labels";
import { Progressive } from "./Progressive";
import { SentencePair } from "./SentencePair";

/**
 * The aligned text of a document: the same markup on the server (built-in articles) and in the
 * browser (stored texts). A word is one element carrying its token's id; its gloss is rendered
 * on demand by the one gloss layer (GlossPopup). In the browser, long texts appear a slice at a time.
 */
export interface ReaderTextExtras {
  /** Controls at the end of a row (alignment fixes of a stored text); `hasNext`: another row follows in the paragraph. */
  rowControls?: (row: readonly ReaderSentence[], hasNext: boolean) => ReactNode;
  /** A note on a paragraph not analysed yet. */
  paragraphNote?: (index: number) => string | undefined;
  /** Why the English column is empty, when no sentence has a translation. */
  noTranslation?: string;
}

export function ReaderText({ document, labels, plainTitles, extras = {} }: { document: ReaderDocument; labels: ReaderLabels; plainTitles: boolean; extras?: ReaderTextExtras }) {
  const paragraphs = document.paragraphs.map((paragraph: ReaderParagraph, index) => {
    const note = extras.paragraphNote?.(index);
    const rows = paragraphRows(paragraph);
    return (
      <section key={paragraph.id} className="paragraph" aria-busy={note ? true : undefined}>
        {note && (
          <p className="analysis-note" lang={labels.lng}>
            {note}
          </p>
        )}
        {rows.map((row, r) =>
          row.map((sentence, i) => (
            <SentencePair
              key={sentence.id}
              sentence={sentence}
              glosses={document.glosses}
              plainTitles={plainTitles}
              en={i === 0 ? rowEnglish(row) : ""}
              joined={i > 0}
            >
              {i === row.length - 1 && extras.rowControls?.(row, r < rows.length - 1)}
            </SentencePair>
          )),
        )}
      </section>
    );
  });
  const untranslated = extras.noTranslation && document.paragraphs.every((p) => p.sentences.every((s) => !s.en.trim()));
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
      {plainTitles ? paragraphs : <Progressive>{paragraphs}</Progressive>}
    </>
  );
}
