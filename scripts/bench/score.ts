import type { AnalyzedToken } from "../../lib/analysis/types";
import { UD_FEATURE_NAMES } from "../../lib/analysis/types";
import type { GoldWord } from "./conllu";

export type Convention = "gc" | "modern";
export interface Tally { lemma: number; upos: number; caseRight: number; caseAll: number; numRight: number; numAll: number; feats: number; words: number }
export const emptyTally = (): Tally => ({ lemma: 0, upos: 0, caseRight: 0, caseAll: 0, numRight: 0, numAll: 0, feats: 0, words: 0 });

const finite = (w: { upos?: string; feats?: Record<string, string> }) =>
  (w.upos === "VERB" || w.upos === "AUX") && (w.feats?.Mood !== undefined || w.feats?.VerbForm === "Fin");

/**
 * The treebanks' conventions (../shared/data/ud/README.md), applied to both sides alike:
 * GC writes the case a preposition or verb governs as its Case (left out: on ADP, and on verbs
 * except participles, which inflect for case themselves); GC marks Definite only on definite
 * nouns, Modern on all nouns and weak adjectives (only Definite=Def on nouns is compared for
 * GC); VerbForm=Fin is written by Modern only (dropped); GC writes Degree=Pos only on some
 * positive adjectives and no Tense on participles (both dropped for GC); Modern writes Person
 * only on 1st and 2nd person pronouns (Person=3 on pronouns dropped for Modern), and no Number
 * on numbers written in digits (dropped for Modern; GC writes it, as the agreement shows).
 * Modern gives the reflexive sig its antecedent's Number and Gender, as we do; GC mostly gives
 * none (32 of 37 in its dev set; Modern gives all 31 theirs), so both are dropped on sig for GC.
 */
/** sig, sér, sín: one form for every number and gender. */
const REFLEXIVE_FORMS = new Set(["sig", "sér", "sín"]);

export function normalise(w: { upos?: string; form?: string; feats?: Record<string, string> }, convention: Convention): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of UD_FEATURE_NAMES) {
    const value = w.feats?.[name];
    if (value !== undefined) out[name] = value;
  }
  const verbal = w.upos === "VERB" || w.upos === "AUX";
  if (w.upos === "ADP" || finite(w) || (verbal && out.VerbForm !== "Part")) delete out.Case;
  if (out.VerbForm === "Fin") delete out.VerbForm;
  const nominal = w.upos === "NOUN" || w.upos === "PROPN";
  if (convention === "gc" && (!nominal || out.Definite === "Ind")) delete out.Definite;
  if (convention === "gc" && out.Degree === "Pos") delete out.Degree;
  if (convention === "gc" && out.VerbForm === "Part") delete out.Tense;
  if (convention === "gc" && w.upos === "PRON" && REFLEXIVE_FORMS.has(lower(w.form ?? ""))) {
    delete out.Number;
    delete out.Gender;
  }
  if (convention === "modern" && w.upos === "PRON" && out.Person === "3") delete out.Person;
  if (convention === "modern" && w.upos === "NUM" && /^[0-9]/.test(w.form ?? "")) delete out.Number;
  return out;
}

const sameUpos = (a: string | undefined, b: string) => a === b || ((a === "DET" || a === "PRON") && (b === "DET" || b === "PRON"));
const lower = (s: string) => s.toLocaleLowerCase("is");

/**
 * Lemmas compared without regard to capitals (Modern writes names' lemmas in lower case).
 * Modern (IcePaHC) also lemmatises three things differently from BÍN, which we follow:
 * - a 3rd-person pronoun used alone (það, því, þess, þær, þeir) is filed under the personal
 *   pronoun (það, hún, hann) there, never under "sá" (Modern's "sá" is always DET), where BÍN
 *   files the same forms under the demonstrative "sá" as well and Greynir often picks that;
 * - "því" as "therefore, because" is the dative of "það" there; BÍN has it as an adverb or
 *   conjunction of its own ("því");
 * - a number written in digits sometimes has its word as lemma (100 → hundrað, 17 → sautján),
 *   sometimes the digits; we keep the digits, which is right under either.
 * GC "follows BÍN/Greynir lemmas" (the README), and Greynir marks the seams of a compound it
 * built itself with hyphens (fanta-form, lyktar-mengun: 48 GC words); the dictionary form,
 * which we give, has none unless the word is written with one (Mið-Austurlönd).
 */
export function sameLemma(word: GoldWord, ours: string | undefined, convention: Convention): boolean {
  if (ours === undefined) return false;
  if (lower(ours) === lower(word.lemma)) return true;
  if (convention === "gc") return !word.form.includes("-") && lower(word.lemma.replaceAll("-", "")) === lower(ours);
  if (word.upos === "PRON" && ["það", "hún", "hann"].includes(word.lemma) && ours === "sá") return true;
  if (word.lemma === "það" && lower(word.form) === "því" && ours === "því") return true;
  return /^[0-9][0-9.,]*$/.test(word.form) && ours === word.form;
}

/** Our token for a gold word: the one starting where it starts, else the one covering it. */
export function align(word: GoldWord, tokens: AnalyzedToken[]): AnalyzedToken | undefined {
  return tokens.find((t) => t.start === word.start) ?? tokens.find((t) => t.start <= word.start && t.end >= word.end);
}

export function score(tally: Tally, word: GoldWord, token: AnalyzedToken | undefined, convention: Convention, onFeatMiss?: (gold: Record<string, string>, ours: Record<string, string>) => void) {
  if (word.upos === "PUNCT") return;
  tally.words += 1;
  if (!token) return;
  if (sameLemma(word, token.lemma, convention)) tally.lemma += 1;
  if (sameUpos(token.upos, word.upos)) tally.upos += 1;
  const gold = normalise(word, convention);
  const ours = normalise({ upos: word.upos, form: word.form, feats: token.feats }, convention);
  if (gold.Case) {
    tally.caseAll += 1;
    if (ours.Case === gold.Case) tally.caseRight += 1;
  }
  if (gold.Number) {
    tally.numAll += 1;
    if (ours.Number === gold.Number) tally.numRight += 1;
  }
  const keys = new Set([...Object.keys(gold), ...Object.keys(ours)]);
  if ([...keys].every((k) => gold[k] === ours[k])) tally.feats += 1;
  else onFeatMiss?.(gold, ours);
}
