import type { ReactNode } from "react";
import type { GlossEntry } from "@/lib/glossary/types";
import type { ReaderSentence } from "@/lib/reader/types";
import { IcelandicSentence } from "./IcelandicSentence";
import { PairActions } from "./PairActions";

interface Props {
  sentence: ReaderSentence;
  glosses: readonly GlossEntry[];
  plainTitles: boolean;
  /** The row's English when it differs from the sentence's own (a merged row shows it on its first sentence). */
  en?: string;
  /** This sentence continues the row above it (its English is shown there). */
  joined?: boolean;
  children?: ReactNode;
}

/** One aligned row: the Icelandic sentence beside its English translation. */
export function SentencePair({ sentence, glosses, plainTitles, en = sentence.en, joined, children }: Props) {
  return (
    <div className={joined ? "pair joined" : "pair"} id={sentence.id}>
      <div className="pair-is">
        <IcelandicSentence sentence={sentence} glosses={glosses} plainTitles={plainTitles} />
        <PairActions sentenceId={sentence.id} entryIds={sentence.tokens.flatMap((token) => (token.gloss === undefined ? [] : (glosses[token.gloss]?.id ?? [])))} />
        {children}
      </div>
      <p className="sentence sentence-en" lang="en" id={`en-${sentence.id}`}>
        {en}
      </p>
    </div>
  );
}
