/**
 * Where each character of a rewritten text came from. `starts[i]`/`ends[i]` bound the original
 * code units that produced character i, so a span of the rewritten text maps back to the exact
 * original substring even when characters were removed, joined or expanded around it.
 */
export interface PositionMap {
  starts: number[];
  ends: number[];
  /** Length of the original text (where an offset at the very end maps to). */
  originalLength: number;
}

/** A rewritten text and the way back to the text it was made from. */
export interface MappedText {
  text: string;
  map: PositionMap;
}

/** The original offset of a position in the rewritten text (0 … text.length). */
export function toOriginalOffset(map: PositionMap, offset: number): number {
  if (offset >= map.starts.length) return map.originalLength;
  return map.starts[Math.max(0, offset)] ?? map.originalLength;
}

/** The original span of [start, end) in the rewritten text; an empty span stays empty. */
export function toOriginalSpan(map: PositionMap, start: number, end: number): { start: number; end: number } {
  const from = toOriginalOffset(map, start);
  if (end <= start) return { start: from, end: from };
  return { start: from, end: map.ends[Math.min(end, map.ends.length) - 1] ?? map.originalLength };
}

/** Builds a rewritten text piece by piece; every piece names the original span it replaces. */
export class MappedTextBuilder {
  private readonly parts: string[] = [];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  constructor(private readonly originalLength: number) {}

  push(text: string, originalStart: number, originalEnd: number): void {
    this.parts.push(text);
    for (let i = 0; i < text.length; i++) {
      this.starts.push(originalStart);
      this.ends.push(originalEnd);
    }
  }

  build(): MappedText {
    return { text: this.parts.join(""), map: { starts: this.starts, ends: this.ends, originalLength: this.originalLength } };
  }
}

/** Maps a second rewrite (made from `first.text`) straight back to the first one's original. */
export function composeMaps(first: PositionMap, second: PositionMap): PositionMap {
  const starts = second.starts.map((offset) => toOriginalOffset(first, offset));
  const ends = second.ends.map((offset, i) => {
    const start = second.starts[i] ?? 0;
    return offset > start ? toOriginalSpan(first, start, offset).end : toOriginalOffset(first, offset);
  });
  return { starts, ends, originalLength: first.originalLength };
}
