import type { Lemmatizer, ResolvedCandidate } from "./lemmatizer";

/** Word classes that can head a compound (the last part carries the inflection). */
const HEAD_CLASSES = new Set(["no", "lo", "so"]);
const MIN_HEAD = 3;

function lookupAnyCase(lemmatizer: Lemmatizer, form: string) {
  const direct = lemmatizer.lookup(form);
  if (direct.length > 0) return direct;
  const lower = form.toLocaleLowerCase("is");
  return lower === form ? [] : lemmatizer.lookup(lower);
}

/**
 * Lemma candidates for a word form. BÍN lists many compounds but not all (sprengjudrónum,
 * loftvarnakerfum): an unknown form is resolved by its head — after a hyphen, else its longest
 * known ending — and the lemma is the untouched first part plus the head's lemma
 * (sprengju + drónum → dróni ⇒ sprengjudróni). A form nothing explains stands for itself.
 */
export function resolveLemmas(form: string, lemmatizer: Lemmatizer): ResolvedCandidate[] {
  const direct = lookupAnyCase(lemmatizer, form);
  if (direct.length > 0) {
    const found: ResolvedCandidate[] = direct.map((c) => ({ ...c, via: "bin" }));
    // A capitalised word may be an indeclinable name that BÍN files under a common word
    // ("Gasa" under gas/gasi), so the form itself stays a candidate.
    return /^\p{Lu}/u.test(form) ? [...found, { lemma: form, pos: "", via: "form" }] : found;
  }

  const hyphen = form.lastIndexOf("-");
  const starts = hyphen > 0 ? [hyphen + 1] : [...Array(Math.max(0, form.length - MIN_HEAD)).keys()].map((i) => i + 1);
  for (const start of starts) {
    const head = form.slice(start);
    const candidates = lookupAnyCase(lemmatizer, head).filter((c) => HEAD_CLASSES.has(c.pos));
    if (candidates.length > 0) {
      const prefix = form.slice(0, start);
      return candidates.map((c) => ({ lemma: prefix + c.lemma, pos: c.pos, via: "compound-head" }));
    }
  }
  return [{ lemma: form, pos: "", via: "form" }];
}
