import { paragraphRows } from "../reader/rows";
import type { ReaderDocument, ReaderParagraph } from "../reader/types";

/*
 * A learner fixes the alignment of a stored text by merging a row with the next one or splitting
 * a merged row back into its sentences (rows: lib/reader/rows.ts). Both only set or clear a
 * sentence's `joined`, so nothing is lost.
 */

function withJoined(document: ReaderDocument, decide: (paragraph: ReaderParagraph) => Map<string, boolean> | undefined): ReaderDocument | undefined {
  let changed = false;
  const paragraphs = document.paragraphs.map((paragraph) => {
    const joins = decide(paragraph);
    if (!joins) return paragraph;
    changed = true;
    return {
      ...paragraph,
      sentences: paragraph.sentences.map((sentence) => {
        const joined = joins.get(sentence.id);
        if (joined === undefined) return sentence;
        const alignment = { ...sentence.alignment };
        delete alignment.joined;
        return { ...sentence, alignment: joined ? { ...alignment, joined: true } : alignment };
      }),
    };
  });
  return changed ? { ...document, paragraphs } : undefined;
}

const rowOf = (paragraph: ReaderParagraph, sentenceId: string) => {
  const rows = paragraphRows(paragraph);
  const at = rows.findIndex((row) => row.some((sentence) => sentence.id === sentenceId));
  return at < 0 ? undefined : { rows, at };
};

/** The row holding `sentenceId` and the row after it become one; undefined when there is no next row in the paragraph. */
export function mergeWithNext(document: ReaderDocument, sentenceId: string): ReaderDocument | undefined {
  return withJoined(document, (paragraph) => {
    const found = rowOf(paragraph, sentenceId);
    const next = found && found.rows[found.at + 1]?.[0];
    return next ? new Map([[next.id, true]]) : undefined;
  });
}

/** The merged row holding `sentenceId` becomes one row per sentence; undefined when it is a single sentence. */
export function splitRow(document: ReaderDocument, sentenceId: string): ReaderDocument | undefined {
  return withJoined(document, (paragraph) => {
    const found = rowOf(paragraph, sentenceId);
    const row = found?.rows[found.at];
    return row && row.length > 1 ? new Map(row.slice(1).map((sentence) => [sentence.id, false])) : undefined;
  });
}

/**
 * Marks the sentences an aligned row continues (the aligner linked them with the sentence before
 * to one English sentence). A row that spans two paragraphs is read as two rows.
 */
export function joinRows(paragraph: ReaderParagraph, continued: ReadonlySet<string>): ReaderParagraph {
  if (continued.size === 0) return paragraph;
  return {
    ...paragraph,
    sentences: paragraph.sentences.map((sentence, i) =>
      i > 0 && continued.has(sentence.id) ? { ...sentence, alignment: { ...sentence.alignment, joined: true } } : sentence,
    ),
  };
}
