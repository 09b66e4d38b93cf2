import type { GlossEntry } from "@/lib/glossary/types";
import type { ReaderSentence } from "@/lib/reader/types";
import { IcelandicSentence } from "./IcelandicSentence";
import { PairActions } from "./PairActions";

/** One aligned row: the Icelandic sentence beside its English translation. */
export function SentencePair({ sentence, glosses, plainTitles }: { sentence: ReaderSentence; glosses: readonly GlossEntry[]; plainTitles: boolean }) {
  return (
    <div className="pair" id={sentence.id}>
      <div className="pair-is">
        <IcelandicSentence sentence={sentence} glosses={glosses} plainTitles={plainTitles} />
        <PairActions sentenceId={sentence.id} />
      </div>
      <p className="sentence sentence-en" lang="en" id={`en-${sentence.id}`}>
        {sentence.en}
      </p>
    </div>
  );
}
