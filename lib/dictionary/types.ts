import type { WordClass } from "./word-class";

/** Where a meaning shown in a gloss came from; the gloss names it. */
export const MEANING_SOURCES = ["curated", "wiktionary", "apertium", "compound", "machine"] as const;
export type MeaningSource = (typeof MEANING_SOURCES)[number];

export interface Meaning {
  /** English, e.g. "drone". */
  text: string;
  source: MeaningSource;
  /**
   * Set when no meaning of the asked word class was found and this one belongs to another class
   * (the dictionary has "æra" only as the verb "drive crazy", the text has the noun "honour"):
   * a gloss should show it with that caveat, if at all.
   */
  otherClass?: true;
}

/** One Icelandic → English pair read from a dictionary file, cleaned. */
export interface DictionaryEntry {
  /** Icelandic headword, NFC: one word, or a fixed expression ("til dæmis"). */
  lemma: string;
  /** Word class where the source gives one (see word-class.ts). */
  wordClass?: WordClass;
  /** "masculine" | "feminine" | "neuter", where the source gives it (Apertium nouns). */
  gender?: "masculine" | "feminine" | "neuter";
  /** English, NFC, single spaces. */
  meaning: string;
}

/** What reading a dictionary file left out, and why: for the bench and the decisions record. */
export interface CleaningReport {
  kept: number;
  duplicates: number;
  /** Kept, and counted: fixed expressions, looked up whole. */
  multiWordHeadwords: number;
  /** Apertium: entries for English → Icelandic only (r="RL"), patterns (<re>) and paradigms. */
  notIcelandicToEnglish: number;
  empty: number;
  /** Apertium: English sides that are its generator's placeholders ("prpers" for every personal pronoun). */
  placeholders: number;
}
