/**
 * What the rest of the app needs from a lemmatizer, so lemma-is can be swapped or faked.
 * `pos` is BÍN's word class tag: no (noun), so (verb), lo (adjective), ao (adverb), fs
 * (preposition), fn (pronoun), to (numeral), st (conjunction), gr (article), uh (interjection).
 */
export interface LemmaCandidate {
  lemma: string;
  pos: string;
}

export interface Lemmatizer {
  /** Every lemma BÍN allows for this exact form; empty when the form is unknown. */
  lookup(form: string): LemmaCandidate[];
}

/** A candidate and how it was found: straight from BÍN, through a compound's head, or as is. */
export interface ResolvedCandidate extends LemmaCandidate {
  via: "bin" | "compound-head" | "form";
}
