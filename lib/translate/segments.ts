/** A piece of the service's reply: the source text it covered and its translation. */
export interface Segment {
  orig: string;
  trans: string;
}

export const BATCH_SEPARATOR = "\n";

/**
 * Maps the segments of one batched request back to its sentences. The batch is the sentences
 * joined by newlines; the service answers segment by segment, each with the source text it
 * covered. A sentence gets the segments that lie wholly inside it. When the service merged
 * two sentences into one segment (or dropped or rewrote source text), the sentences involved
 * get `undefined`, to be translated one by one: never a guess that shifts the others.
 */
export function mapSegments(sentences: readonly string[], segments: readonly Segment[]): (string | undefined)[] {
  const bounds: { start: number; end: number }[] = [];
  let offset = 0;
  for (const sentence of sentences) {
    bounds.push({ start: offset, end: offset + sentence.length });
    offset += sentence.length + BATCH_SEPARATOR.length;
  }
  const joined = sentences.join(BATCH_SEPARATOR);
  const parts: string[][] = sentences.map(() => []);
  const broken = new Set<number>();
  let cursor = 0;
  for (const segment of segments) {
    const start = joined.indexOf(segment.orig.trimEnd(), cursor);
    if (start < 0 || segment.orig.trim() === "") {
      if (segment.orig.trim() !== "") return sentences.map(() => undefined);
      continue;
    }
    const end = start + segment.orig.trimEnd().length;
    const first = bounds.findIndex((b) => start < b.end + BATCH_SEPARATOR.length && end > b.start);
    const last = bounds.findLastIndex((b) => start < b.end && end > b.start);
    if (first < 0) continue;
    if (first !== last) for (let i = first; i <= last; i++) broken.add(i);
    else parts[first]!.push(segment.trans);
    cursor = end;
  }
  return parts.map((pieces, index) => {
    if (broken.has(index) || pieces.length === 0) return undefined;
    return pieces.join("").replace(/\s+/g, " ").trim();
  });
}
