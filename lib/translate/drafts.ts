import type { Paragraph } from "../text/types";
import type { TranslatedSentence, TranslationFile } from "../content/schema";

/**
 * Which sentences still need a translation: those the reviewed file does not cover with the
 * same Icelandic text. Reviewed translations are never candidates for a machine draft.
 */
export function untranslated(paragraphs: Paragraph[], reviewed: TranslationFile | undefined) {
  const done = new Map((reviewed?.sentences ?? []).map((s) => [s.id, s.is]));
  return paragraphs.flatMap((p) => p.sentences).filter((sentence) => done.get(sentence.id) !== sentence.text);
}

/** Merges new drafts into an existing draft file, in source order, newest draft winning. */
export function mergeDrafts(previous: TranslationFile | undefined, drafts: TranslatedSentence[], order: string[]): TranslationFile {
  const byId = new Map((previous?.sentences ?? []).map((s) => [s.id, s]));
  for (const draft of drafts) byId.set(draft.id, draft);
  const rank = new Map(order.map((id, index) => [id, index]));
  const sentences = [...byId.values()]
    .filter((s) => rank.has(s.id))
    .sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
  return { language: "en", status: "draft", sentences };
}
