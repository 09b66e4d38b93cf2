import type { ReactNode } from "react";
import { sentenceEntryIds, type TextView, type TextViewSentence } from "@/lib/reader/text-view";
import { IcelandicSentence } from "./IcelandicSentence";
import { PairActions } from "./PairActions";

interface Props {
  sentence: TextViewSentence;
  view: TextView;
  /** The English shown beside it: its row's ("" on the later sentences of a merged row). */
  en: string;
  /** This sentence continues the row above it (its English is shown there). */
  joined?: boolean;
  children?: ReactNode;
}

/** One aligned row: the Icelandic sentence beside its English translation. */
export function SentencePair({ sentence, view, en, joined, children }: Props) {
  return (
    <div className={joined ? "pair joined" : "pair"} id={sentence.id}>
      <div className="pair-is">
        <IcelandicSentence sentence={sentence} titles={view.titles} />
        <PairActions sentenceId={sentence.id} entryIds={sentenceEntryIds(sentence, view.entryIds)} />
        {children}
      </div>
      <p className="sentence sentence-en" lang="en" id={`en-${sentence.id}`}>
        {en}
      </p>
    </div>
  );
}
