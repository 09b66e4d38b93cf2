import type { ReaderSentence } from "@/lib/reader/types";
import type { GlossLabels } from "./GlossCard";
import { IcelandicSentence } from "./IcelandicSentence";

export interface PairLabels {
  gloss: GlossLabels;
  reveal: string;
  listen: string;
}

/** One aligned row: the Icelandic sentence beside its English translation. */
export function SentencePair({ sentence, labels }: { sentence: ReaderSentence; labels: PairLabels }) {
  const englishId = `en-${sentence.id}`;
  return (
    <div className="pair" id={sentence.id} data-sentence={sentence.id} data-text={sentence.text}>
      <div className="pair-is">
        <IcelandicSentence sentence={sentence} labels={labels.gloss} />
        <span className="pair-actions">
          <button type="button" className="pair-action" data-action="listen" aria-label={labels.listen}>
            <span aria-hidden="true">▶</span>
          </button>
          <button
            type="button"
            className="pair-action reveal"
            data-action="reveal"
            aria-expanded="false"
            aria-controls={englishId}
          >
            {labels.reveal}
          </button>
        </span>
      </div>
      <p className="sentence sentence-en" lang="en" id={englishId}>
        {sentence.translation}
      </p>
    </div>
  );
}
