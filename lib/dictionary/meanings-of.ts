import type { AnalysisCompoundPart, AnalyzedToken, Upos } from "../analysis/types";
import type { WordMeanings } from "../glossary/analysed-words";
import type { CommonWord } from "../glossary/types";
import type { Lemmatizer } from "../lemma/lemmatizer";
import type { MeaningChain } from "./chain";
import { splitByKnownHead } from "./compound-split";
import type { Meaning } from "./types";
import { wordClassOfUpos } from "./word-class";

type Chain = Pick<MeaningChain, "knownMeaningsFor" | "partMeanings">;

/**
 * Word classes whose unknown words are worth splitting: nouns and adjectives, whose compounds
 * mostly mean what their parts do. Names are not compounds to gloss; a verb or adverb BÍN lists
 * whole is mostly a prefix and a word whose sum misleads (*einfalda* "simplify" read as "alone +
 * hem", *útskýra* "explain" as "out + clarify").
 */
const SPLITTABLE: ReadonlySet<Upos> = new Set(["NOUN", "ADJ"]);

/**
 * Splits a lemma that nothing glosses into a modifier and a head that something does
 * (compound-split.ts). BÍN lists many compounds whole (*velferðarkerfi*, *tónlistarhátíð*), so
 * the analysis marks no seam in them and, with no dictionary entry either, a learner would see
 * no meaning at all; their parts' meanings are the chain's compound tier.
 */
export function knownHeadSplitter(chain: Pick<MeaningChain, "knownMeaningsFor">, lemmatizer: Lemmatizer) {
  const hasMeaning = (lemma: string) => chain.knownMeaningsFor({ lemma }).length > 0;
  return (lemma: string): AnalysisCompoundPart[] | undefined => splitByKnownHead(lemma, hasMeaning, lemmatizer);
}

/**
 * An analysed word's meanings from the chain, without machine translation (pages are built
 * without network): the word's own, then its compound parts' first meanings for the gloss.
 * With `split`, a content word that has no meaning and no parts from the analysis is split by
 * its known head, and the parts found are returned (`compound`) for the gloss to show.
 */
export function knownMeaningsOf(chain: Chain, split?: (lemma: string) => AnalysisCompoundPart[] | undefined): (token: AnalyzedToken) => WordMeanings {
  const partsOf = (parts: readonly AnalysisCompoundPart[], upos: Upos | undefined) => {
    const wordClass = upos && wordClassOfUpos(upos);
    return chain.partMeanings(parts, wordClass).map((part) => part.meanings[0]?.text);
  };
  return (token) => {
    if (!token.lemma) return { meanings: [] };
    if (token.upos === "PROPN") return nameMeanings(chain, token.lemma, token.parts, partsOf);
    const middle = (token.upos === "VERB" || token.upos === "AUX") && token.feats?.Voice === "Mid";
    const query = { lemma: token.lemma, ...(token.upos && { upos: token.upos }), ...(middle && { middle }) };
    const meanings = chain.knownMeaningsFor({ ...query, ...(token.parts && { parts: token.parts }) });
    if (token.parts && token.parts.length >= 2) return { meanings, parts: partsOf(token.parts, token.upos) };
    if (meanings.length === 0 && !token.parts) {
      const variant = variantMeanings(chain, token);
      if (variant.length > 0) return { meanings: variant };
    }
    if (meanings.length > 0 || token.parts || !split || !token.upos || !SPLITTABLE.has(token.upos)) return { meanings };
    const compound = split(token.lemma);
    if (!compound) return { meanings };
    return { meanings: chain.knownMeaningsFor({ ...query, parts: compound }), parts: partsOf(compound, token.upos), compound };
  };
}

const sameFeatures = (a: Readonly<Record<string, string>> = {}, b: Readonly<Record<string, string>> = {}) =>
  Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([key, value]) => b[key] === value);

/**
 * A word whose lemma no source knows, where BÍN gives the same form and grammar under another
 * headword that one does: the variant headwords of one word (*tónleikarnir*: the parse chose
 * *tónleikur*, which BÍN shows only on its website; *tónleikar* "concert" is the core entry).
 * Without this its compound parts were the gloss: "tone + game".
 */
function variantMeanings(chain: Chain, token: AnalyzedToken): Meaning[] {
  for (const reading of token.otherReadings ?? []) {
    if (reading.upos !== token.upos || reading.lemma === token.lemma || !sameFeatures(reading.feats, token.feats)) continue;
    const meanings = chain.knownMeaningsFor({ lemma: reading.lemma, upos: reading.upos });
    if (meanings.length > 0 && !meanings[0]!.otherClass && meanings[0]!.source !== "compound") return meanings;
  }
  return [];
}

/** "As a word" shows at most this many meanings: it is an aside, not the gloss. */
const AS_WORD_MEANINGS = 2;

/**
 * The common noun a name is spelled like, with its own meanings (*Valur*: valur "falcon",
 * *Björk*: björk "birch"), for the gloss to show apart, as that word's: the name means none of
 * them. Nouns only: Icelandic names are made from nouns far more than from adjectives, and
 * *Auður* (from auður "wealth") is not "empty", the adjective auður that the dictionaries have.
 */
export function commonWordOf(chain: Pick<MeaningChain, "knownMeaningsFor">, name: string): CommonWord | undefined {
  const lemma = name.normalize("NFC").toLocaleLowerCase("is");
  if (lemma === name.normalize("NFC")) return undefined;
  const meanings = chain
    .knownMeaningsFor({ lemma, upos: "NOUN" })
    .filter((meaning) => !meaning.otherClass && meaning.source !== "compound" && meaning.source !== "machine")
    .slice(0, AS_WORD_MEANINGS);
  return meanings.length > 0 ? { lemma, meanings } : undefined;
}

/** A proper noun's meanings: its own entry's only (chain.ts), its parts, and the common word it is spelled like. */
function nameMeanings(
  chain: Chain,
  lemma: string,
  parts: readonly AnalysisCompoundPart[] | undefined,
  partsOf: (parts: readonly AnalysisCompoundPart[], upos: Upos) => (string | undefined)[],
): WordMeanings {
  const meanings = chain.knownMeaningsFor({ lemma, upos: "PROPN" });
  const asWord = commonWordOf(chain, lemma);
  return { meanings, ...(parts && parts.length >= 2 && { parts: partsOf(parts, "PROPN") }), ...(asWord && { asWord }) };
}
