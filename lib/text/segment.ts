import { abbreviations, closers, openers } from "./icelandic";
import { paragraphId, sentenceId, type Paragraph, type Sentence } from "./types";

/**
 * Paragraphs are lines; sentences end at . ! ? … (with any closing quotes) before white space and
 * a sentence opening. Written by hand because tokenize-is's splitIntoSentences breaks after
 * ordinals ("3. janúar") and abbreviations ("t.d."), and returns copies instead of offsets.
 * Callers pass NFC text (the content loader checks it); offsets index the string as given.
 */
const END = new RegExp(`[.!?…]+[${escape(closers)}]*`, "gu");
const LINE = /[^\r\n]+/g;

function escape(chars: string): string {
  return chars.replace(/[\]\\^-]/g, "\\$&");
}

function opensSentence(char: string | undefined): boolean {
  return char !== undefined && (/[\p{Lu}\d]/u.test(char) || openers.includes(char));
}

/** A full stop after an abbreviation or an initial ("Jón G. Friðjónsson") ends nothing. */
function isAbbreviation(line: string, markAt: number): boolean {
  const word = /(\S+)$/u.exec(line.slice(0, markAt))?.[1];
  if (!word) return false;
  const withStop = `${word}.`.replace(/^[„"'«“‘(\[]+/u, "");
  return abbreviations.has(withStop.toLowerCase()) || /^(?:\p{Lu}\.)*\p{Lu}\.$/u.test(withStop);
}

function sentenceEnds(line: string): number[] {
  const ends: number[] = [];
  for (const match of line.matchAll(END)) {
    const end = (match.index ?? 0) + match[0].length;
    const gap = /^\s+/u.exec(line.slice(end))?.[0].length ?? 0;
    if (gap === 0 || !opensSentence(line[end + gap])) continue;
    if (match[0] === "." && isAbbreviation(line, match.index ?? 0)) continue;
    ends.push(end);
  }
  return ends;
}

function trimmedSpan(source: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/u.test(source[start] ?? "")) start++;
  while (end > start && /\s/u.test(source[end - 1] ?? "")) end--;
  return { start, end };
}

export function segment(source: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (const line of source.matchAll(LINE)) {
    const lineStart = line.index ?? 0;
    const { start, end } = trimmedSpan(source, lineStart, lineStart + line[0].length);
    if (start === end) continue;
    const index = paragraphs.length;
    const sentences: Sentence[] = [];
    let from = start;
    for (const cut of [...sentenceEnds(line[0]).map((offset) => lineStart + offset), end]) {
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
