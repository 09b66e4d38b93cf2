import type { ReaderSentence } from "@/lib/reader/types";
import { IcelandicSentence } from "./IcelandicSentence";
import { PairActions } from "./PairActions";

/** One aligned row: the Icelandic sentence beside its English translation. */
export function SentencePair({ sentence }: { sentence: ReaderSentence }) {
  return (
    <div className="pair" id={sentence.id}>
      <div className="pair-is">
        <IcelandicSentence sentence={sentence} />
        <PairActions sentenceId={sentence.id} />
      </div>
      <p className="sentence sentence-en" lang="en" id={`en-${sentence.id}`}>
        {sentence.en}
      </p>
    </div>
  );
}
