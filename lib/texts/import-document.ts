import type { Analysis } from "../analysis/types";
import { glossFromAnalysis, type MeaningsOf } from "../glossary/analysed-words";
import type { LexiconIndex } from "../glossary/lexicon";
import { buildReaderDocument, buildReaderParagraph, type ReaderInput } from "../reader/build";
import type { GlossTable } from "../reader/gloss-table";
import type { ReaderDocument, ReaderParagraph } from "../reader/types";
import type { SentenceId } from "../text/types";
import { tokenize } from "../text/tokenize";
import type { PreparedText } from "./prepare";
import { joinRows } from "./rows";

/**
 * The reader document of an imported text, built in two steps: the whole text split, tokenized
 * and aligned at once (the `started` event), then each paragraph again with its analysis (the
 * `paragraph` events), its entries appended to one gloss table across the document.
 */
export interface ImportedText {
  id: string;
  title: string;
  prepared: PreparedText;
  /** Who wrote the English: the learner ("reviewed": a person), a machine, or nobody ("none"). */
  translation: "reviewed" | "machine" | "none";
  /** English per sentence when it does not come from the aligned rows (machine translation). */
  english?: ReadonlyMap<SentenceId, string>;
}

/**
 * The English beside each sentence: an aligned row's English stands beside its first Icelandic
 * sentence, so a sentence the translation merged with the one before it has none of its own.
 */
export function englishBySentence(prepared: PreparedText): Map<SentenceId, string> {
  const english = new Map<SentenceId, string>(prepared.sentences.map((sentence) => [sentence.id, ""]));
  for (const row of prepared.rows) {
    const [first] = row.sentenceIds;
    if (first) english.set(first, row.en);
  }
  return english;
}

function readerInput(text: ImportedText): ReaderInput {
  return {
    id: text.id,
    title: { is: text.title, en: "" },
    paragraphs: text.prepared.paragraphs,
    translations: text.english ?? englishBySentence(text.prepared),
    translationStatus: text.translation,
  };
}

const unglossed = () => ({ words: new Map(), phrases: [] });

/** Every paragraph, sentence and token, with the English; no glosses yet. */
export function startedDocument(text: ImportedText): ReaderDocument {
  const document = buildReaderDocument(readerInput(text), { tokenize, gloss: unglossed });
  return { ...document, paragraphs: document.paragraphs.map((paragraph) => joinRows(paragraph, continued(text))) };
}

/** Sentences that continue an aligned row (read with the sentence before them); none with machine translation. */
function continued(text: ImportedText): ReadonlySet<string> {
  if (text.english) return new Set();
  return new Set(text.prepared.rows.flatMap((row) => row.sentenceIds.slice(1)));
}

/** One paragraph glossed from its analysis (of the paragraph's text); new entries go into `table`. */
export function analysedParagraph(
  text: ImportedText,
  index: number,
  analysis: Pick<Analysis, "tokens" | "engine">,
  { meaningsOf, phrases }: { meaningsOf: MeaningsOf; phrases?: LexiconIndex },
  table: GlossTable,
): ReaderParagraph {
  const paragraph = text.prepared.paragraphs[index];
  if (!paragraph) throw new RangeError(`no paragraph ${index}`);
  return joinRows(buildReaderParagraph(paragraph, readerInput(text), { tokenize, gloss: glossFromAnalysis(analysis, paragraph.start, meaningsOf, phrases && { phrases }) }, table), continued(text));
}
