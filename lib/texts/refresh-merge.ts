import { paragraphRows, rowEnglish } from "../reader/rows";
import type { ReaderDocument, ReaderSentence } from "../reader/types";
import type { ImportRequest } from "./import-protocol";
import type { ImportSource } from "./store-idb";

/*
 * Updating a stored text's analysis: the same Icelandic goes through POST /api/import again with
 * the English the text has now, and the new document's glosses replace the old ones while what
 * belongs to the learner stays: the id, the title, the English and the rows they fixed.
 */

/** The Icelandic as stored: as first imported when the row kept it, else rebuilt from the sentences. */
export function storedText(document: ReaderDocument, source: ImportSource | undefined): string {
  if (source) return source.text;
  return document.paragraphs.map((paragraph) => paragraph.sentences.map((sentence) => sentence.is).join(" ")).join("\n\n");
}

/** The English the text has now, row by row, a paragraph per line; "" when it has none. */
export function storedTranslation(document: ReaderDocument): string {
  return document.paragraphs
    .map((paragraph) => paragraphRows(paragraph).map(rowEnglish).filter(Boolean).join(" "))
    .filter(Boolean)
    .join("\n\n");
}

/** What to send to /api/import to analyse a stored text again. */
export function refreshRequest(document: ReaderDocument, source: ImportSource | undefined): ImportRequest {
  const translation = storedTranslation(document);
  return { title: document.title.is, text: storedText(document, source), ...(translation && { translation }) };
}

const sentencesOf = (document: ReaderDocument): ReaderSentence[] => document.paragraphs.flatMap((paragraph) => paragraph.sentences);

/** The new analysis split the text into the same paragraphs and sentences as the stored one. */
export function sameSentences(a: ReaderDocument, b: ReaderDocument): boolean {
  if (a.paragraphs.length !== b.paragraphs.length) return false;
  if (a.paragraphs.some((paragraph, i) => paragraph.sentences.length !== b.paragraphs[i]?.sentences.length)) return false;
  const right = sentencesOf(b);
  return sentencesOf(a).every((sentence, i) => sentence.id === right[i]?.id && sentence.is === right[i]?.is);
}

/**
 * The refreshed document: glosses, tokens, phrases and the analysis stamp from `fresh`; id, title
 * and attribution from `current` (the stored one, read in the same transaction, so a rename made
 * during the update is kept). When the sentences are the same, each keeps its English and
 * alignment exactly (the learner's merged and split rows); when the sentence split changed, the
 * server aligned the same English to the new sentences, and a machine translation stays labelled
 * as one (it was sent as if pasted).
 */
export function mergeRefreshed(current: ReaderDocument, fresh: ReaderDocument): ReaderDocument {
  const kept: ReaderDocument = { version: fresh.version, id: current.id, title: current.title, ...(current.attribution && { attribution: current.attribution }), glosses: fresh.glosses, paragraphs: fresh.paragraphs, ...(fresh.analysis && { analysis: fresh.analysis }) };
  if (sameSentences(current, fresh)) {
    const old = new Map(sentencesOf(current).map((sentence) => [sentence.id, sentence]));
    return {
      ...kept,
      paragraphs: fresh.paragraphs.map((paragraph) => ({
        ...paragraph,
        sentences: paragraph.sentences.map((sentence) => {
          const before = old.get(sentence.id);
          return before ? { ...sentence, en: before.en, alignment: before.alignment } : sentence;
        }),
      })),
    };
  }
  const labels = new Set(sentencesOf(current).map((sentence) => sentence.alignment.translation));
  if (labels.has("reviewed") || !labels.has("machine")) return kept;
  return {
    ...kept,
    paragraphs: kept.paragraphs.map((paragraph) => ({
      ...paragraph,
      sentences: paragraph.sentences.map((sentence) =>
        sentence.alignment.translation === "reviewed" ? { ...sentence, alignment: { ...sentence.alignment, translation: "machine" } } : sentence,
      ),
    })),
  };
}

/**
 * True when storing `fresh` would make the text worse: it was analysed by lemma-is alone (the
 * worker fell back mid-way) while the stored text was not known to be.
 */
export function wouldDowngrade(current: ReaderDocument, fresh: ReaderDocument): boolean {
  return fresh.analysis?.engine !== "greynir" && current.analysis?.engine !== "lemma-is";
}

/** Entry ids the stored text's words point to that the refreshed one no longer has (a lemma or word class changed). */
export function droppedEntries(current: ReaderDocument, fresh: ReaderDocument): string[] {
  const used = (document: ReaderDocument) => {
    const ids = new Set<string>();
    for (const sentence of sentencesOf(document)) {
      for (const token of sentence.tokens) if (token.gloss !== undefined) ids.add(document.glosses[token.gloss]?.id ?? "");
      for (const phrase of sentence.phrases ?? []) ids.add(document.glosses[phrase.gloss]?.id ?? "");
    }
    ids.delete("");
    return ids;
  };
  const after = used(fresh);
  return [...used(current)].filter((id) => !after.has(id));
}
