import type { Anchors } from "./anchors";

/**
 * How much the anchors of a bead (some Icelandic sentences against some English ones) favour
 * pairing them: each shared number, name, ? or ! and dictionary word lowers the cost; each number
 * or mark left without its partner raises it. English names left unmatched cost nothing, since
 * English capitalises months and nationalities that Icelandic writes in lower case.
 */
export interface AnchorWeights {
  matched: number;
  unmatched: number;
  unmatchedName: number;
  /**
   * Chance that a word the lexicon knows finds one of its translations in the English of a true
   * pair, and in an unrelated sentence. Each such word adds the log-likelihood ratio of what
   * happened: a shared word is evidence for the pair, a missing one against it.
   */
  dictionaryHit: number;
  dictionaryChance: number;
}

export const defaultWeights: AnchorWeights = { matched: 30, unmatched: 25, unmatchedName: 12, dictionaryHit: 0.4, dictionaryChance: 0.03 };

function counts(values: string[]): Map<string, number> {
  const result = new Map<string, number>();
  for (const value of values) result.set(value, (result.get(value) ?? 0) + 1);
  return result;
}

/** Shared items of two multisets, and how many are left over on either side. */
function overlap(a: string[], b: string[]): { shared: number; left: number } {
  const inB = counts(b);
  let shared = 0;
  for (const [value, n] of counts(a)) shared += Math.min(n, inB.get(value) ?? 0);
  return { shared, left: a.length + b.length - 2 * shared };
}

export function anchorCost(is: readonly Anchors[], en: readonly Anchors[], weights: AnchorWeights = defaultWeights): number {
  // A sentence left out is left out with all its anchors: only its prior speaks against it.
  // (Charging its anchors here would charge them equally when it is wrongly merged instead.)
  if (is.length === 0 || en.length === 0) return 0;
  const numbers = overlap(is.flatMap((a) => a.numbers), en.flatMap((a) => a.numbers));
  const marks = overlap(is.flatMap((a) => a.marks), en.flatMap((a) => a.marks));
  const names = is.flatMap((a) => a.names);
  const namesFound = names.filter((key) => en.some((a) => a.keys.has(key))).length;
  const english = new Set(en.flatMap((a) => a.words.flat()));
  const known = is.flatMap((a) => a.words);
  const hits = known.filter((translations) => translations.some((word) => english.has(word))).length;
  const dictionary =
    -100 * (hits * Math.log(weights.dictionaryHit / weights.dictionaryChance) +
      (known.length - hits) * Math.log((1 - weights.dictionaryHit) / (1 - weights.dictionaryChance)));
  return (
    dictionary -
    weights.matched * (numbers.shared + marks.shared + namesFound) +
    weights.unmatched * (numbers.left + marks.left) +
    weights.unmatchedName * (names.length - namesFound)
  );
}
