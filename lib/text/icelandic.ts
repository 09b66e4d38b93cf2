/** Icelandic rules as data: what a full stop after these does NOT end a sentence. */

/** Abbreviations, lower-cased, with their internal full stops. */
export const abbreviations: ReadonlySet<string> = new Set([
  "t.d.", "o.s.frv.", "kl.", "nr.", "gr.", "m.a.", "þ.e.", "sbr.", "alg.", "þús.", "o.fl.", "u.þ.b.",
  "skv.", "frh.", "bls.", "ca.", "dr.", "hr.", "sr.", "f.kr.", "e.kr.", "þ.á.m.", "o.þ.h.", "þ.e.a.s.",
  "m.ö.o.", "a.m.k.", "o.s.fr.", "s.s.", "t.a.m.", "e.t.v.", "frk.", "fr.", "ath.", "sl.", "nk.",
  "millj.", "ma.", "mín.", "sek.", "klst.", "km.", "stk.", "ísl.", "ens.", "no.", "vs.", "e.h.", "f.h.",
]);

/** Closing punctuation that may follow a sentence's final mark: ." .» .“ .) */
export const closers = "\"'»”“’‘)]";

/** Characters that may open a sentence besides an upper-case letter or a digit. */
export const openers = "„\"'«“‘([";
