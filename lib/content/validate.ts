import type { Paragraph, SentenceId } from "../text/types";
import type { TranslationFile } from "./schema";

export class ContentError extends Error {
  override name = "ContentError";
}

const quote = (text: string) => `«${text.length > 60 ? `${text.slice(0, 57)}…` : text}»`;

/** Text must be NFC so that lemma lookups, search and offsets agree on what a letter is. */
export function assertNfc(text: string, file: string): void {
  if (text !== text.normalize("NFC")) {
    throw new ContentError(`${file} is not in Unicode NFC: normalise it (letters like á must be one code point)`);
  }
}

/**
 * Pairs every source sentence with its translation, or throws naming the first sentence that is
 * missing, extra, duplicated, out of order or misaligned.
 */
export function alignTranslation(paragraphs: Paragraph[], file: TranslationFile, fileName: string): Map<SentenceId, string> {
  const source = paragraphs.flatMap((paragraph) => paragraph.sentences);
  const sourceIds = new Map(source.map((sentence, index) => [sentence.id as string, index]));
  const seen = new Set<string>();
  let previous = -1;
  for (const entry of file.sentences) {
    const index = sourceIds.get(entry.id);
    if (index === undefined) throw new ContentError(`${fileName}: translation ${entry.id} has no Icelandic sentence`);
    if (seen.has(entry.id)) throw new ContentError(`${fileName}: ${entry.id} is translated twice`);
    if (index < previous) throw new ContentError(`${fileName}: ${entry.id} is out of order`);
    const expected = source[index]!.text;
    if (entry.is !== expected) {
      throw new ContentError(
        `${fileName}: ${entry.id}: the translation file's Icelandic ${quote(entry.is)} does not match the source ${quote(expected)}`,
      );
    }
    seen.add(entry.id);
    previous = index;
  }
  const missing = source.find((sentence) => !seen.has(sentence.id));
  if (missing) throw new ContentError(`${fileName}: ${missing.id} has no translation: ${quote(missing.text)}`);
  return new Map(file.sentences.map((entry) => [entry.id as SentenceId, entry.en]));
}
