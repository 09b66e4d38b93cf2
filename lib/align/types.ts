/**
 * A link pairs consecutive Icelandic sentences with consecutive English ones (0-based indices, in
 * order); either side may be empty (a sentence the other text dropped or added). Serialised as
 * `[[is…], [en…]]`, the format `npm run align` prints.
 */
export type Link = [is: number[], en: number[]];

/** English words an Icelandic word may translate to; injected so lib/align needs no dictionary. */
export type Lexicon = (icelandicWord: string) => readonly string[];

/** Gale–Church length model: English characters per Icelandic character, and its variance. */
export interface LengthModel {
  c: number;
  s2: number;
}

/** Prior probability of each bead shape, keyed "is-en" ("1-1", "2-1", "0-1"). */
export type BeadPriors = Readonly<Record<string, number>>;
