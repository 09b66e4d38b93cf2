import { MappedTextBuilder, type MappedText } from "./position-map";

/**
 * Pasted text comes in two shapes: blank-line-separated paragraphs (often hard-wrapped inside),
 * or one paragraph per line. If the text has a blank line anywhere, blank lines separate
 * paragraphs and the single line breaks inside a paragraph are wrapping, joined with a space —
 * except before a bullet ("- ", "• ") or a numbered item after a colon or another item, which
 * stays its own line. Otherwise every line is a paragraph. The result has one paragraph per line
 * (what `segment` reads), trimmed, with a map back to the input.
 */
type Line = { start: number; end: number };

const BULLET = /^[-*•–—]\s/u;
const NUMBERED = /^(?:\d{1,3}|[a-z])[.)]\s/u;

function lines(text: string): Line[] {
  let from = 0;
  return text.split("\n").map((raw) => {
    const lead = raw.length - raw.trimStart().length;
    const start = from + lead;
    const line = { start, end: Math.max(start, from + raw.trimEnd().length) };
    from += raw.length + 1;
    return line;
  });
}

function startsItem(text: string, line: Line, previous: Line | undefined): boolean {
  const head = text.slice(line.start, line.end);
  if (BULLET.test(head)) return true;
  if (!NUMBERED.test(head) || !previous) return false;
  const before = text.slice(previous.start, previous.end);
  return before.endsWith(":") || BULLET.test(before) || NUMBERED.test(before);
}

function paragraphsOf(text: string): Line[][] {
  const all = lines(text);
  const blankSeparated = all.some((line, i) => line.start === line.end && all.slice(0, i).some((l) => l.end > l.start) && all.slice(i + 1).some((l) => l.end > l.start));
  const paragraphs: Line[][] = [];
  let current: Line[] = [];
  for (const line of all) {
    const blank = line.start === line.end;
    const breaks = blank || !blankSeparated || startsItem(text, line, current.at(-1));
    if (breaks && current.length > 0) {
      paragraphs.push(current);
      current = [];
    }
    if (!blank) current.push(line);
  }
  if (current.length > 0) paragraphs.push(current);
  return paragraphs;
}

export function layoutParagraphs(text: string): MappedText {
  const builder = new MappedTextBuilder(text.length);
  let previousEnd: number | undefined;
  for (const paragraph of paragraphsOf(text)) {
    paragraph.forEach((line, i) => {
      if (previousEnd !== undefined) builder.push(i === 0 ? "\n" : " ", previousEnd, line.start);
      for (let at = line.start; at < line.end; at++) builder.push(text[at] ?? "", at, at + 1);
      previousEnd = line.end;
    });
  }
  return builder.build();
}
