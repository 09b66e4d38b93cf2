import type { AnalyzedToken, FixedPhrase } from "../analysis/types";
import type { Sentence, Token, TokenId } from "../text/types";
import type { MeaningsOf } from "./analysed-words";
import type { GlossedPhrase } from "./gloss-sentence";

const wordsIn = (phrase: FixedPhrase) => phrase.lemma.split(" ").length;

/**
 * The fixed expressions the analysis found in a sentence ("til dæmis", "hins vegar"): the
 * consecutive words that carry the same expression, glossed by the expression's own meaning
 * beside each word's. Only where the dictionaries know the expression: a phrase without a
 * meaning would only repeat its words.
 */
export function automaticPhrases(
  sentence: Sentence,
  tokens: readonly Token[],
  matched: ReadonlyMap<TokenId, AnalyzedToken>,
  meaningsOf: MeaningsOf,
): GlossedPhrase[] {
  const phrases: GlossedPhrase[] = [];
  let run: Token[] = [];
  let current: FixedPhrase | undefined;
  const close = () => {
    const first = run[0];
    const last = run[run.length - 1];
    if (current && first && last && run.length === wordsIn(current)) {
      const text = sentence.text.slice(first.start - sentence.start, last.end - sentence.start);
      const { meanings } = meaningsOf({ kind: "word", form: text, start: first.start, end: last.end, lemma: current.lemma, upos: current.upos });
      if (meanings.length > 0) {
        phrases.push({
          tokenIds: run.map((token) => token.id),
          text,
          entry: { id: `${current.lemma}:phrase`, lemma: current.lemma, pos: "phrase", meanings, origin: "automatic" },
        });
      }
    }
    run = [];
    current = undefined;
  };
  for (const token of tokens) {
    if (token.kind !== "word") continue;
    const phrase = matched.get(token.id)?.phrase;
    // The same expression twice in a row ("til dæmis, til dæmis") is two phrases, not one.
    if (phrase && current?.lemma === phrase.lemma && run.length < wordsIn(current)) {
      run.push(token);
      continue;
    }
    close();
    if (phrase) {
      current = phrase;
      run = [token];
    }
  }
  close();
  return phrases;
}

/** Automatic phrases that share no word with the curated ones (curated content wins). */
export function besideCurated(curated: readonly GlossedPhrase[], automatic: readonly GlossedPhrase[]): GlossedPhrase[] {
  const taken = new Set(curated.flatMap((phrase) => phrase.tokenIds));
  return [...curated, ...automatic.filter((phrase) => phrase.tokenIds.every((id) => !taken.has(id)))];
}
