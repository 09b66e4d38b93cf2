import { exonyms } from "./exonyms";
import { nameKey } from "./name-key";
import type { Lexicon } from "./types";

export { nameKey };

/**
 * What a sentence shares with its translation whatever the languages: numbers, names, ? and !,
 * and — when a lexicon is injected — words the dictionary pairs. Computed once per sentence, with
 * the sets the bead cost looks things up in, because the aligner scores each sentence in many beads.
 */
export interface Anchors {
  /** Numbers as digit strings ("2.500" and "2,500" → "2500"; "þrír" → "3"). */
  numbers: string[];
  /** ? and ! marks. */
  marks: string[];
  /** Icelandic side: for each name, its folded key and the keys its English name may have. */
  names: (readonly string[])[];
  /**
   * Icelandic side: for each content word the lexicon knows, the keys of its English
   * translations. English side: one entry, the keys of its content words. A key is a word's first
   * five letters, so "explosion" meets "exploded" and "drones" meets "drone".
   */
  words: string[][];
  /** Every key of `words`, for lookups from the other side. */
  wordSet: Set<string>;
  /** English side: folded name keys of all its words, for finding Icelandic names in it. */
  nameSet: Set<string>;
}

/** An Icelandic name's key and the keys its English name may have ("Þýskalandi" → "thys", "germ"). */
export function nameKeys(key: string): readonly string[] {
  return [key, ...(exonyms.get(key) ?? [])];
}

/** Spelled-out small numbers, so "þrír hermenn" meets "three soldiers" and "3 soldiers". */
const NUMBER_WORDS: Record<string, string> = {
  einn: "1", ein: "1", eitt: "1", one: "1", tveir: "2", tvær: "2", tvö: "2", tveimur: "2", tveggja: "2", two: "2",
  þrír: "3", þrjár: "3", þrjú: "3", þremur: "3", þriggja: "3", three: "3", fjórir: "4", fjórar: "4", fjögur: "4",
  fjórum: "4", four: "4", fimm: "5", five: "5", sex: "6", six: "6", sjö: "7", seven: "7", átta: "8", eight: "8",
  níu: "9", nine: "9", tíu: "10", ten: "10", tólf: "12", twelve: "12", tuttugu: "20", twenty: "20",
  hundrað: "100", hundred: "100", þúsund: "1000", thousand: "1000",
};

/** English function words: never evidence of a translation. */
const STOPWORDS = new Set(["that", "this", "with", "from", "have", "been", "were", "will", "would", "which", "their", "there", "they", "than", "then", "when", "what", "about", "into", "also", "more", "most", "such", "some", "only", "said", "says", "after", "before", "other", "over", "under", "while", "because", "these", "those", "whom", "who", "could", "should", "being", "does", "until", "however", "therefore"]);

const NUMBER = /\d+(?:[.,:]\d+)*/gu;
const WORD = /\p{L}[\p{L}\p{M}'’-]*/gu;

function numbersOf(sentence: string): string[] {
  const digits = [...sentence.matchAll(NUMBER)].map((m) => m[0].replace(/[.,:]/gu, "").replace(/^0+(?=\d)/u, ""));
  const words = [...sentence.toLowerCase().matchAll(WORD)].map((m) => NUMBER_WORDS[m[0]]).filter((n): n is string => n !== undefined);
  return [...digits, ...words];
}

function marksOf(sentence: string): string[] {
  return [...sentence.matchAll(/[?!]/gu)].map((m) => m[0]);
}

/** Capitalised words after the first, and acronyms anywhere ("AFP", "NATO"). */
function namesOf(words: string[]): string[] {
  return words
    .filter((word, i) => word.length >= 3 && (/^\p{Lu}{2,}$/u.test(word) || (i > 0 && /^\p{Lu}/u.test(word))))
    .map(nameKey);
}

export const wordKey = (word: string) => word.toLowerCase().slice(0, 5);

export function icelandicAnchors(sentence: string, lexicon?: Lexicon): Anchors {
  const words = [...sentence.matchAll(WORD)].map((m) => m[0]);
  const known = lexicon
    ? words.filter((w) => w.length >= 4).map((w) => [...new Set(lexicon(w.toLowerCase()).map(wordKey))]).filter((keys) => keys.length > 0)
    : [];
  return {
    numbers: numbersOf(sentence),
    marks: marksOf(sentence),
    names: namesOf(words).map(nameKeys),
    words: known,
    wordSet: new Set(known.flat()),
    nameSet: new Set(),
  };
}

export function englishAnchors(sentence: string): Anchors {
  const words = [...sentence.matchAll(WORD)].map((m) => m[0]);
  const content = words.filter((w) => w.length >= 4 && !STOPWORDS.has(w.toLowerCase())).map(wordKey);
  return {
    numbers: numbersOf(sentence),
    marks: marksOf(sentence),
    names: [],
    words: [content],
    wordSet: new Set(content),
    nameSet: new Set(words.filter((w) => w.length >= 3).map(nameKey)),
  };
}
