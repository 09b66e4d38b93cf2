import type { AnalyzedToken } from "../analysis/types";
import type { WordMeanings } from "../glossary/analysed-words";
import type { MeaningChain } from "./chain";
import { wordClassOfUpos } from "./word-class";

/**
 * An analysed word's meanings from the chain, without machine translation (pages are built
 * without network): the word's own, then its compound parts' first meanings for the gloss.
 */
export function knownMeaningsOf(chain: Pick<MeaningChain, "knownMeaningsFor" | "partMeanings">): (token: AnalyzedToken) => WordMeanings {
  return (token) => {
    if (!token.lemma) return { meanings: [] };
    const middle = (token.upos === "VERB" || token.upos === "AUX") && token.feats?.Voice === "Mid";
    const meanings = chain.knownMeaningsFor({ lemma: token.lemma, ...(token.upos && { upos: token.upos }), ...(token.parts && { parts: token.parts }), ...(middle && { middle }) });
    if (!token.parts || token.parts.length < 2) return { meanings };
    const wordClass = token.upos && wordClassOfUpos(token.upos);
    return { meanings, parts: chain.partMeanings(token.parts, wordClass).map((part) => part.meanings[0]?.text) };
  };
}
