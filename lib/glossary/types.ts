import type { Antecedent, CaseGovernor, ProperName, Reading, UdFeatures, Upos } from "../analysis/types";
import type { Meaning } from "../dictionary/types";

/**
 * What a gloss says, whether an editor wrote it (content/glossary) or automatic analysis found it
 * (lib/analysis + lib/dictionary). Plain types: they travel to the browser inside reader
 * documents, so no schema library is involved here.
 */

/** Word classes a gloss names; the curated lexicon uses all but the last three. */
export const WORD_CLASSES = [
  "noun",
  "proper-noun",
  "verb",
  "adjective",
  "adverb",
  "numeral",
  "pronoun",
  "preposition",
  "conjunction",
  "phrase",
  "interjection",
  "particle",
  "other",
] as const;
export type WordClass = (typeof WORD_CLASSES)[number];

export const GENDERS = ["masculine", "feminine", "neuter"] as const;
export type Gender = (typeof GENDERS)[number];

/** A compound's part as written ("sprengju"), its dictionary form ("sprengja") and, when known, its meaning. */
export interface GlossPart {
  form: string;
  lemma: string;
  meaning?: string;
}

/**
 * A dictionary entry in one sense: the same for every form of the word in a text, so a reader
 * document stores it once. `meanings[0]` is the sense used where the entry is referenced.
 */
export interface GlossEntry {
  /** The entry's identity across texts, used by the vocabulary: "sprengjudróni:noun". */
  id: string;
  lemma: string;
  pos: WordClass;
  gender?: Gender;
  meanings: Meaning[];
  parts?: GlossPart[];
  note?: string;
  /** "curated": written or checked by an editor; "automatic": from analysis, unchecked. */
  origin: "curated" | "automatic";
  /** For curated entries: whether BÍN has the lemma ("bin") or an editor supplied it ("curated"). */
  lemmaSource?: "bin" | "curated";
  /** For a proper noun found by analysis: what kind of name it is; the gloss names it where no meaning is known. */
  name?: ProperName;
  /** For a proper noun: the common word it is spelled like and that word's meanings, which are not the name's. */
  asWord?: CommonWord;
}

/** A common word and its meanings, shown beside a name as that word's ("as a word: valur 'falcon'"). */
export interface CommonWord {
  lemma: string;
  meanings: Meaning[];
}

/** The grammar of one form where it stands: curated text, UD features, or both. */
export interface FormGrammar {
  /** An editor's description, in English ("dative plural, indefinite"). */
  text?: string;
  features?: UdFeatures;
  /** Other ways the same form could be read ("also: …"). */
  otherReadings?: Reading[];
  /** What governs its case here ("dative after í"). */
  governor?: CaseGovernor;
  /** The word a reflexive pronoun refers back to ("sér" → "menn"). */
  antecedent?: Antecedent;
  /** A note on this occurrence only. */
  note?: string;
  /** Analysed by lemma-is alone (no Python worker on the server): lemma only, grammar in context unknown. */
  unavailable?: true;
}

const FROM_UPOS: Record<Upos, WordClass> = {
  NOUN: "noun",
  PROPN: "proper-noun",
  VERB: "verb",
  AUX: "verb",
  ADJ: "adjective",
  ADV: "adverb",
  NUM: "numeral",
  // Icelandic grammar counts determiners among the pronouns (BÍN: fn).
  PRON: "pronoun",
  DET: "pronoun",
  ADP: "preposition",
  CCONJ: "conjunction",
  SCONJ: "conjunction",
  PART: "particle",
  INTJ: "interjection",
  PUNCT: "other",
  SYM: "other",
  X: "other",
};

export function wordClassFromUpos(upos: Upos): WordClass {
  return FROM_UPOS[upos];
}

const GENDER_FROM_UD: Record<string, Gender> = { Masc: "masculine", Fem: "feminine", Neut: "neuter" };

export function genderFromUd(value: string | undefined): Gender | undefined {
  return value === undefined ? undefined : GENDER_FROM_UD[value];
}
