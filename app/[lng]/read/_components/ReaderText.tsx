import type { ReaderDocument, ReaderParagraph } from "@/lib/reader/types";
import type { ReaderLabels } from "./labels";
import { Progressive } from "./Progressive";
import { SentencePair } from "./SentencePair";

/**
 * The aligned text of a document: the same markup on the server (built-in articles) and in the
 * browser (stored texts). A word is one element carrying its token's id; its gloss is rendered
 * on demand by the one gloss layer (GlossPopup). In the browser, long texts appear a slice at a time.
 */
export function ReaderText({ document, labels, plainTitles }: { document: ReaderDocument; labels: ReaderLabels; plainTitles: boolean }) {
  const paragraphs = document.paragraphs.map((paragraph: ReaderParagraph) => (
    <section key={paragraph.id} className="paragraph">
      {paragraph.sentences.map((sentence) => (
        <SentencePair key={sentence.id} sentence={sentence} glosses={document.glosses} plainTitles={plainTitles} />
      ))}
    </section>
  ));
  return (
    <>
      <div className="column-heads" aria-hidden="true">
        <span lang={labels.lng}>{labels.columns.is}</span>
        <span lang={labels.lng} className="column-head-en">
          {labels.columns.en}
        </span>
      </div>
      {plainTitles ? paragraphs : <Progressive>{paragraphs}</Progressive>}
    </>
  );
}
