import type { ReaderSentence } from "@/lib/reader/types";
import type { GlossLabels } from "./GlossCard";
import { IcelandicSentence } from "./IcelandicSentence";

/** One aligned row: the Icelandic sentence beside its English translation. */
export function SentencePair({ sentence, labels }: { sentence: ReaderSentence; labels: GlossLabels }) {
  return (
    <div className="pair" id={sentence.id} data-sentence={sentence.id}>
      <IcelandicSentence sentence={sentence} labels={labels} />
      <p className="sentence sentence-en" lang="en">
        {sentence.translation}
      </p>
    </div>
  );
}
