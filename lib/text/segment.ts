import type { Paragraph } from "./types";

/**
 * Splits a text into paragraphs (one per line) and sentences.
 * Placeholder signature — implemented in lib/text/segment.ts by the segmentation work.
 */
export function segment(source: string): Paragraph[] {
  throw new Error(`segment() not implemented yet (${source.length} chars)`);
}
