import { icelandicRules, type SegmentationRules } from "./icelandic";
import { sentenceEnds } from "./sentence-ends";
import { paragraphId, sentenceId, type Paragraph, type Sentence } from "./types";

/**
 * Paragraphs are lines; sentences end where `sentenceEnds` says (rules as data in icelandic.ts).
 * Written by hand because tokenize-is's splitIntoSentences breaks after
 * ordinals ("3. janúar") and abbreviations ("t.d."), and returns copies instead of offsets.
 * Callers pass NFC text (the content loader checks it); offsets index the string as given.
 */
const LINE = /[^\r\n]+/g;

function trimmedSpan(source: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/u.test(source[start] ?? "")) start++;
  while (end > start && /\s/u.test(source[end - 1] ?? "")) end--;
  return { start, end };
}

/** `rules` default to Icelandic; pass `englishRules` (english.ts) to split a translation. */
export function segment(source: string, rules: SegmentationRules = icelandicRules): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (const line of source.matchAll(LINE)) {
    const lineStart = line.index ?? 0;
    const { start, end } = trimmedSpan(source, lineStart, lineStart + line[0].length);
    if (start === end) continue;
    const index = paragraphs.length;
    const sentences: Sentence[] = [];
    let from = start;
    for (const cut of [...sentenceEnds(line[0], rules).map((offset) => lineStart + offset), end]) {
      const span = trimmedSpan(source, from, cut);
      if (span.start < span.end) {
        sentences.push({ id: sentenceId(index, sentences.length), ...span, text: source.slice(span.start, span.end) });
      }
      from = cut;
    }
    paragraphs.push({ id: paragraphId(index), start, end, text: source.slice(start, end), sentences });
  }
  return paragraphs;
}
