/**
 * The contract of automatic analysis: what any analyser (GreynirEngine through the Python
 * worker, or lemma-is alone as the fallback) returns for a piece of Icelandic text.
 * Offsets are UTF-16 code units into the unchanged input, as JavaScript counts.
 */

export const ANALYSIS_TOKEN_KINDS = [
  "word",
  "name",
  "number",
  "ordinal",
  "date",
  "time",
  "amount",
  "percent",
  "url",
  "email",
  "punctuation",
  "symbol",
  "other",
] as const;
export type AnalysisTokenKind = (typeof ANALYSIS_TOKEN_KINDS)[number];

/** The UD features the app shows, in the order a gloss lists them. */
export const UD_FEATURE_NAMES = [
  "Case",
  "Number",
  "Gender",
  "Definite",
  "Person",
  "Tense",
  "Mood",
  "Voice",
  "VerbForm",
  "Degree",
] as const;
export type UdFeatureName = (typeof UD_FEATURE_NAMES)[number];
/** UD feature → value, e.g. { Case: "Dat", Number: "Plur", Definite: "Def" }. */
export type UdFeatures = Partial<Record<UdFeatureName, string>>;

/** Universal POS tags (https://universaldependencies.org/u/pos/). */
export type Upos =
  | "NOUN" | "PROPN" | "VERB" | "AUX" | "ADJ" | "ADV" | "PRON" | "DET" | "NUM"
  | "ADP" | "CCONJ" | "SCONJ" | "PART" | "INTJ" | "PUNCT" | "SYM" | "X";

/** One BÍN reading of a form: lemma, word class and features. */
export interface Reading {
  lemma: string;
  upos: Upos;
  feats: UdFeatures;
}

/** A part of a compound as written ("sprengju") and its dictionary form ("sprengja"). */
export interface AnalysisCompoundPart {
  form: string;
  lemma: string;
}

/** What governs the case of a noun phrase, where the parse shows it: "í árásinni" → í. */
/** The word a reflexive pronoun (sig, sér, sín) refers back to: its number and gender are that word's. */
export interface Antecedent {
  /** Its form as it stands in the text. */
  form: string;
}

export interface CaseGovernor {
  kind: "preposition" | "verb";
  /** The governing word's lemma, e.g. "í", "skjóta". */
  lemma: string;
  /** Its form as it stands in the text. */
  form: string;
  /** The case it governs here (UD value: Acc, Dat, Gen, Nom). */
  case: string;
}

export interface AnalyzedToken {
  kind: AnalysisTokenKind;
  form: string;
  start: number;
  end: number;
  /** For words: the lemma as BÍN has it (compounds joined, "sprengjudróni"). */
  lemma?: string;
  upos?: Upos;
  /** The grammar of this form in this sentence; empty when unknown. */
  feats?: UdFeatures;
  /** The other BÍN readings of the same form ("also: …"), without the chosen one. */
  otherReadings?: Reading[];
  /** Compound parts, when the word is a compound. */
  parts?: AnalysisCompoundPart[];
  governor?: CaseGovernor;
  antecedent?: Antecedent;
  /** The fixed expression this word is part of, when the analyser knows it as one ("til dæmis" → ADV). */
  phrase?: FixedPhrase;
  /** For a proper noun: what kind of name it is, from BÍN's domains (the Python worker only). */
  name?: ProperName;
}

/** What a proper noun names, reduced from BÍN's domains (analysis-worker/samhlida_worker/names.py). */
export const NAME_KINDS = ["person", "place", "organisation", "other"] as const;
export type NameKind = (typeof NAME_KINDS)[number];
/** The finer sort, where BÍN says one: a patronymic is not a given name, a country not a farm. */
export const NAME_SORTS = ["given", "patronymic", "matronymic", "family", "nickname", "country", "town", "street", "farm", "region", "work", "animal"] as const;
export type NameSort = (typeof NAME_SORTS)[number];
export const NAME_GENDERS = ["Masc", "Fem", "Neut"] as const;

export interface ProperName {
  kind: NameKind;
  sort?: NameSort;
  /** A person's name: the genders of BÍN's entries for it (Auður: a woman's and a man's), in BÍN's order. */
  genders?: (typeof NAME_GENDERS)[number][];
  /** Other kinds BÍN files the same lemma under (Hekla: a woman's name, and a place). */
  also?: NameKind[];
}

/** A fixed multi-word expression: its citation form and what it does as a whole. */
export interface FixedPhrase {
  lemma: string;
  upos: Upos;
}

export type AnalysisEngine = "greynir" | "lemma-is";

export interface Analysis {
  tokens: AnalyzedToken[];
  /** Which engine produced this; "lemma-is" means lemmas only, no grammar in context. */
  engine: AnalysisEngine;
  /** Always true: everything an Analyzer returns is automatic, never curated. */
  automatic: true;
}

export interface Analyzer {
  analyze(text: string, options?: { signal?: AbortSignal }): Promise<Analysis>;
}
