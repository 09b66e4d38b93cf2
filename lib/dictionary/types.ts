/** Where a meaning shown in a gloss came from; the gloss names it. */
export const MEANING_SOURCES = ["curated", "wiktionary", "apertium", "compound", "machine"] as const;
export type MeaningSource = (typeof MEANING_SOURCES)[number];

export interface Meaning {
  /** English, e.g. "drone". */
  text: string;
  source: MeaningSource;
}
