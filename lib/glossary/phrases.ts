import type { ResolvedCandidate } from "../lemma/lemmatizer";
import type { Sentence, Token, TokenId } from "../text/types";
import { lemmaKey, type LexiconIndex } from "./lexicon";
import type { LexiconEntry } from "./schema";

export interface PhraseMatch {
  id: string;
  tokenIds: TokenId[];
  text: string;
  entry: LexiconEntry;
}

/** "*" in a pattern stands for any one word between the fixed ones ("gera * úr"). */
const ANY_WORD = "*";

/**
 * One element of a pattern: a lemma or form, and after "@" the word class the word must have
 * where it stands ("að@SCONJ": the conjunction, not the infinitive marker of "þó að gera").
 * The class is compared with the candidates' `pos`, so it only ever matches analysed words
 * (whose candidate carries the UD word class), never lemma-is's guesses.
 */
export function patternElement(element: string): { word: string; wordClass?: string } {
  const at = element.lastIndexOf("@");
  return at > 0 ? { word: element.slice(0, at), wordClass: element.slice(at + 1) } : { word: element };
}

function fits(element: string, word: Token, candidates: ReadonlyMap<string, ResolvedCandidate[]>): boolean {
  if (element === ANY_WORD) return true;
  const { word: fixed, wordClass } = patternElement(element);
  const key = lemmaKey(fixed);
  const offered = candidates.get(word.id) ?? [];
  if (wordClass) return offered.some((candidate) => candidate.pos === wordClass && (lemmaKey(candidate.lemma) === key || lemmaKey(word.text) === key));
  return lemmaKey(word.text) === key || offered.some((candidate) => lemmaKey(candidate.lemma) === key);
}

/**
 * Finds the lexicon's multi-word expressions in a sentence by the lemmas of consecutive words,
 * so "skotinn niður" matches the pattern [skjóta, niður] in any inflection.
 */
export function matchPhrases(
  sentence: Sentence,
  tokens: readonly Token[],
  candidates: ReadonlyMap<string, ResolvedCandidate[]>,
  lexicon: LexiconIndex,
): PhraseMatch[] {
  const words = tokens.filter((token) => token.kind === "word");
  const matches: PhraseMatch[] = [];
  for (const entry of lexicon.phrases) {
    const pattern = entry.pattern ?? [];
    for (let start = 0; start + pattern.length <= words.length; start++) {
      const span = words.slice(start, start + pattern.length);
      if (!pattern.every((element, i) => fits(element, span[i]!, candidates))) continue;
      const first = span[0]!;
      const last = span[span.length - 1]!;
      matches.push({
        id: `${sentence.id}.x${matches.length + 1}`,
        tokenIds: span.map((word) => word.id),
        text: sentence.text.slice(first.start - sentence.start, last.start + last.text.length - sentence.start),
        entry,
      });
    }
  }
  return matches.sort((a, b) => a.tokenIds[0]!.localeCompare(b.tokenIds[0]!, "en", { numeric: true }));
}
