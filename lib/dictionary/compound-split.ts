import type { AnalysisCompoundPart } from "../analysis/types";
import type { Lemmatizer } from "../lemma/lemmatizer";

const MIN_HEAD = 3;
const MIN_MODIFIER = 2;

/**
 * Splits a lemma no dictionary knows into a modifier and a head that one does know, for when the
 * analysis gave no compound parts (lemma-is alone). The longest modifier with a meaning of its
 * own wins (a first part is often a compound itself), else the longest known head; the modifier
 * must itself be a word (a dictionary lemma, or a form lemma-is knows: "sprengju" → sprengja), so
 * that "hestur" is not read as "he" + "stur". After a hyphen the split is taken as written.
 */
export function splitByKnownHead(
  lemma: string,
  hasMeaning: (lemma: string) => boolean,
  lemmatizer: Lemmatizer,
): AnalysisCompoundPart[] | undefined {
  const word = lemma.normalize("NFC");
  const hyphen = word.lastIndexOf("-");
  if (hyphen > 0 && hyphen < word.length - 1) {
    const modifier = word.slice(0, hyphen);
    const head = word.slice(hyphen + 1);
    return [
      { form: modifier, lemma: modifierLemma(modifier, hasMeaning, lemmatizer) ?? modifier },
      { form: head, lemma: head },
    ];
  }
  // First the longest modifier that is a word with a meaning of its own: a compound's first part
  // is often a compound itself (seðlabanka|stjóri "central bank + governor", not seðla|
  // bankastjóri "banknote + bank manager"; hryðjuverka|maður, not hryðju|verkamaður "squall +
  // worker"). Then, failing that, the longest known head after any modifier that is a word.
  for (let start = word.length - MIN_HEAD; start >= MIN_MODIFIER; start -= 1) {
    const head = word.slice(start);
    if (!hasMeaning(head)) continue;
    const modifier = word.slice(0, start);
    const modLemma = modifierLemma(modifier, hasMeaning, lemmatizer);
    if (modLemma && hasMeaning(modLemma)) return [{ form: modifier, lemma: modLemma }, { form: head, lemma: head }];
  }
  for (let start = MIN_MODIFIER; start <= word.length - MIN_HEAD; start += 1) {
    const head = word.slice(start);
    if (!hasMeaning(head)) continue;
    const modifier = word.slice(0, start);
    const modLemma = modifierLemma(modifier, hasMeaning, lemmatizer);
    if (modLemma) return [{ form: modifier, lemma: modLemma }, { form: head, lemma: head }];
  }
  return undefined;
}

/**
 * A first part is most often a noun's inflected form, usually a genitive (velferðar-, ára-), so
 * a noun it is a form of comes before a word spelled like it: *ára* in *áramót* is "years", not
 * *ára* "aura"; but *mið-* in *miðbær* stays *mið* "middle", not the adjective *miður* "sorry".
 */
function modifierLemma(form: string, hasMeaning: (lemma: string) => boolean, lemmatizer: Lemmatizer): string | undefined {
  const lower = form.toLocaleLowerCase("is");
  const candidates = [...lemmatizer.lookup(form), ...lemmatizer.lookup(lower)];
  // A noun only: an adjective spelled like a stem (mið-, read as miður "sorry") is not one.
  const inflected = candidates.find((c) => c.pos === "no" && c.lemma !== form && c.lemma !== lower && hasMeaning(c.lemma));
  if (inflected) return inflected.lemma;
  if (hasMeaning(form)) return form;
  return (candidates.find((c) => hasMeaning(c.lemma)) ?? candidates.find((c) => ["no", "lo", "so"].includes(c.pos)))?.lemma;
}
