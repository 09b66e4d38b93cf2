import type { AnalyzedToken, Reading } from "../analysis/types";
import type { Meaning } from "../dictionary/types";
import type { GlossedWord } from "./gloss-sentence";
import { genderFromUd, wordClassFromUpos, type CommonWord, type FormGrammar, type GlossEntry } from "./types";

/** "Also: …" lists at most this many other readings (BÍN has up to ~50 for some forms). */
export const MAX_OTHER_READINGS = 4;

/**
 * The other readings a gloss shows: one of each other lemma and word class first (the
 * ambiguities a learner most needs to know), then other forms of the same word, in BÍN's order.
 */
export function fewerReadings(readings: readonly Reading[], max = MAX_OTHER_READINGS): Reading[] {
  const seen = new Set<string>();
  const distinct: number[] = [];
  const rest: number[] = [];
  readings.forEach((reading, index) => {
    const key = `${reading.lemma}\u0000${reading.upos}`;
    (seen.has(key) ? rest : distinct).push(index);
    seen.add(key);
  });
  return [...distinct, ...rest]
    .slice(0, max)
    .sort((a, b) => a - b)
    .map((index) => readings[index]!);
}

/**
 * The gloss of a word found by automatic analysis, in the same shape as a curated one. The entry
 * id follows the lexicon's scheme ("<lemma>:<word class>"), so a word saved from an automatic
 * gloss and from a curated one is the same saved word. Returns undefined for tokens with no lemma.
 */
export function automaticGloss(
  token: AnalyzedToken,
  meanings: readonly Meaning[],
  partMeanings: readonly (string | undefined)[] = [],
  asWord?: CommonWord,
): GlossedWord | undefined {
  if (!token.lemma || !token.upos) return undefined;
  const pos = wordClassFromUpos(token.upos);
  const gender = pos === "noun" || pos === "proper-noun" ? genderFromUd(token.feats?.Gender) : undefined;
  const entry: GlossEntry = {
    id: `${token.lemma}:${pos}`,
    lemma: token.lemma,
    pos,
    ...(gender && { gender }),
    meanings: [...meanings],
    ...(token.parts &&
      token.parts.length > 1 && {
        parts: token.parts.map((part, index) => ({ ...part, ...(partMeanings[index] && { meaning: partMeanings[index] }) })),
      }),
    origin: "automatic",
    ...(pos === "proper-noun" && token.name && { name: token.name }),
    ...(pos === "proper-noun" && asWord && { asWord }),
  };
  const grammar: FormGrammar = {
    ...(token.feats && Object.keys(token.feats).length > 0 && { features: token.feats }),
    ...(token.otherReadings && token.otherReadings.length > 0 && { otherReadings: fewerReadings(token.otherReadings) }),
    ...(token.governor && { governor: token.governor }),
    ...(token.antecedent && { antecedent: { form: token.antecedent.form } }),
  };
  return { entry, ...(Object.keys(grammar).length > 0 && { grammar }) };
}
