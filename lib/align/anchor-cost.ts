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
  dictionary: DictionaryModel;
}

/**
 * How often a word finds its counterpart through the lexicon: `isHit`, the chance that an
 * Icelandic word the lexicon knows finds a translation in the English of a true pair (`isChance`
 * in an unrelated sentence); `enHit`/`enChance` the same for an English content word being one of
 * the Icelandic words' translations. Every sentence of a bead is scored on its own against the
 * other side — the mean log-likelihood ratio of its words times `strength` (words of one sentence
 * are not independent evidence, so not their sum) — so a bead that swallows a dropped or added
 * sentence pays for that sentence, however well the rest of it matches.
 */
export interface DictionaryModel {
  isHit: number;
  isChance: number;
  enHit: number;
  enChance: number;
  strength: number;
}

export const defaultWeights: AnchorWeights = {
  matched: 60,
  unmatched: 50,
  unmatchedName: 25,
  dictionary: { isHit: 0.4, isChance: 0.03, enHit: 0.22, enChance: 0.01, strength: 1 },
};

/** strength × mean log-likelihood ratio of `hits` hits among `total` words. */
function evidence(hits: number, total: number, hit: number, chance: number, strength: number): number {
  if (total === 0) return 0;
  const llr = hits * Math.log(hit / chance) + (total - hits) * Math.log((1 - hit) / (1 - chance));
  return (strength * llr) / total;
}

const inAny = (sets: readonly Set<string>[], key: string) => sets.some((set) => set.has(key));

function dictionaryCost(is: readonly Anchors[], en: readonly Anchors[], model: DictionaryModel): number {
  if (is.every((a) => a.words.length === 0)) return 0;
  const english = en.map((a) => a.wordSet);
  const translated = is.map((a) => a.wordSet);
  let total = 0;
  for (const sentence of is) {
    const hits = sentence.words.filter((translations) => translations.some((word) => inAny(english, word))).length;
    total += evidence(hits, sentence.words.length, model.isHit, model.isChance, model.strength);
  }
  for (const sentence of en) {
    const words = sentence.words[0] ?? [];
    total += evidence(words.filter((word) => inAny(translated, word)).length, words.length, model.enHit, model.enChance, model.strength);
  }
  return -100 * total;
}

/** The numbers or marks of a bead's sentences (flatMap is slow on the aligner's hot path). */
function gather(sentences: readonly Anchors[], field: "numbers" | "marks"): readonly string[] {
  if (sentences.length === 1) return sentences[0]![field];
  const all: string[] = [];
  for (const sentence of sentences) for (const value of sentence[field]) all.push(value);
  return all;
}

/** Shared items of two small multisets, and how many are left over on either side. */
function overlap(a: readonly string[], b: readonly string[]): { shared: number; left: number } {
  if (a.length === 0 || b.length === 0) return { shared: 0, left: a.length + b.length };
  const rest = [...b];
  let shared = 0;
  for (const value of a) {
    const at = rest.indexOf(value);
    if (at >= 0) {
      rest.splice(at, 1);
      shared++;
    }
  }
  return { shared, left: a.length + b.length - 2 * shared };
}

export function anchorCost(is: readonly Anchors[], en: readonly Anchors[], weights: AnchorWeights = defaultWeights): number {
  // A sentence left out is left out with all its anchors: only its prior speaks against it.
  // (Charging its anchors here would charge them equally when it is wrongly merged instead.)
  if (is.length === 0 || en.length === 0) return 0;
  const numbers = overlap(gather(is, "numbers"), gather(en, "numbers"));
  const marks = overlap(gather(is, "marks"), gather(en, "marks"));
  const nameSets = en.map((a) => a.nameSet);
  let names = 0;
  let namesFound = 0;
  for (const sentence of is) {
    for (const keys of sentence.names) {
      names++;
      if (keys.some((key) => inAny(nameSets, key))) namesFound++;
    }
  }
  return (
    dictionaryCost(is, en, weights.dictionary) -
    weights.matched * (numbers.shared + marks.shared + namesFound) +
    weights.unmatched * (numbers.left + marks.left) +
    weights.unmatchedName * (names - namesFound)
  );
}
