import type { ReaderParagraph, ReaderSentence } from "./types";

/**
 * Rows of the reader: a sentence starts a row unless it is `joined` to the one before it in its
 * paragraph. The learner fixes an alignment by merging a row with the next one or splitting a
 * merged row back into its sentences; both only set or clear `joined`, so nothing is lost and
 * each Icelandic sentence keeps its own English.
 */
export function paragraphRows(paragraph: ReaderParagraph): ReaderSentence[][] {
  const rows: ReaderSentence[][] = [];
  for (const sentence of paragraph.sentences) {
    const last = rows.at(-1);
    if (sentence.alignment.joined && last) last.push(sentence);
    else rows.push([sentence]);
  }
  return rows;
}

/** The English of a row: its sentences' translations, in order. */
export const rowEnglish = (row: readonly ReaderSentence[]) =>
  row
    .map((sentence) => sentence.en.trim())
    .filter(Boolean)
    .join(" ");
