import type { AnalyzedToken } from "../analysis/types";
import type { Meaning } from "../dictionary/types";
import type { GlossedWord } from "./gloss-sentence";
import { genderFromUd, wordClassFromUpos, type FormGrammar, type GlossEntry } from "./types";

/**
 * The gloss of a word found by automatic analysis, in the same shape as a curated one. The entry
 * id follows the lexicon's scheme ("<lemma>:<word class>"), so a word saved from an automatic
 * gloss and from a curated one is the same saved word. Returns undefined for tokens with no lemma.
 */
export function automaticGloss(token: AnalyzedToken, meanings: readonly Meaning[], partMeanings: readonly (string | undefined)[] = []): GlossedWord | undefined {
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
  };
  const grammar: FormGrammar = {
    ...(token.feats && Object.keys(token.feats).length > 0 && { features: token.feats }),
    ...(token.otherReadings && token.otherReadings.length > 0 && { otherReadings: token.otherReadings }),
    ...(token.governor && { governor: token.governor }),
  };
  return { entry, ...(Object.keys(grammar).length > 0 && { grammar }) };
}
