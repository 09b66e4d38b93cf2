import type { Upos } from "../analysis/types";
import type { PartOfSpeech } from "../glossary/schema";

/** The word classes the dictionaries distinguish, named as the glossary names its parts of speech. */
export const WORD_CLASSES = [
  "noun",
  "proper-noun",
  "verb",
  "adjective",
  "adverb",
  "numeral",
  "pronoun",
  "determiner",
  "preposition",
  "conjunction",
  "interjection",
  "particle",
] as const;
export type WordClass = (typeof WORD_CLASSES)[number];

const FROM_UPOS: Partial<Record<Upos, WordClass>> = {
  NOUN: "noun",
  PROPN: "proper-noun",
  VERB: "verb",
  AUX: "verb",
  ADJ: "adjective",
  ADV: "adverb",
  NUM: "numeral",
  PRON: "pronoun",
  DET: "determiner",
  ADP: "preposition",
  CCONJ: "conjunction",
  SCONJ: "conjunction",
  INTJ: "interjection",
  PART: "particle",
};

export const wordClassOfUpos = (upos: Upos): WordClass | undefined => FROM_UPOS[upos];

export const wordClassOfGlossaryPos = (pos: PartOfSpeech): WordClass | undefined => (pos === "phrase" ? undefined : pos);

/** Apertium's first tag (`<s n="vblex"/>` …) → word class; tags not listed carry no class. */
const FROM_APERTIUM: Record<string, WordClass> = {
  n: "noun",
  np: "proper-noun",
  vblex: "verb",
  vbser: "verb",
  vbhaver: "verb",
  vaux: "verb",
  v: "verb",
  adj: "adjective",
  adv: "adverb",
  preadv: "adverb",
  num: "numeral",
  prn: "pronoun",
  rel: "pronoun",
  det: "determiner",
  pr: "preposition",
  cnjcoo: "conjunction",
  cnjsub: "conjunction",
  cnjadv: "conjunction",
  ij: "interjection",
};

export const wordClassOfApertiumTag = (tag: string | undefined): WordClass | undefined =>
  tag === undefined ? undefined : FROM_APERTIUM[tag];

const FROM_WIKTIONARY: Record<string, WordClass> = {
  Noun: "noun",
  "Proper noun": "proper-noun",
  Verb: "verb",
  Adjective: "adjective",
  Adverb: "adverb",
  Numeral: "numeral",
  Pronoun: "pronoun",
  Determiner: "determiner",
  Preposition: "preposition",
  Conjunction: "conjunction",
  Interjection: "interjection",
  Particle: "particle",
};

export const wordClassOfWiktionaryPos = (pos: string): WordClass | undefined => FROM_WIKTIONARY[pos.trim()];
