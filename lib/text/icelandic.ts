/**
 * Icelandic rules as data: when a full stop does NOT end a sentence. Lists after Miðeind's
 * Abbrev.conf, which also separates abbreviations that may end a sentence ("finishers") from
 * those that never do.
 */

/** Never end a sentence: always followed by what they abbreviate for ("t.d. lundar", "kl. 14"). */
export const abbreviations: ReadonlySet<string> = new Set([
  "t.d.", "kl.", "nr.", "málsl.", "tölul.", "m.a.", "þ.e.", "sbr.", "alg.", "u.þ.b.", "skv.",
  "frh.", "ca.", "dr.", "hr.", "sr.", "þ.á.m.", "þ.e.a.s.", "m.ö.o.", "a.m.k.", "s.s.", "t.a.m.",
  "e.t.v.", "frk.", "fr.", "ath.", "ísl.", "ens.", "no.", "vs.", "e.h.", "f.h.", "st.",
  "p.s.", "sbr", "o.áfr.", "nánar.", "þ.á", "s.k.", "svokallaður.", "mt.", "ofl.", "fv.", "pr.",
]);

/**
 * May end a sentence: a full stop after these ends one when a capital letter or an opening quote
 * follows ("grænmeti o.fl. Salan gekk vel."), never when a digit or lower case follows
 * ("3. jan. 1950", "2.500 kr. á mann", "bls. 12"). "bls.", "gr.", "sl." and "nk." moved here on
 * 2026-11-25 after the held-out set found "240 bls. Hún" and "5. október sl. Það".
 */
export const finishers: ReadonlySet<string> = new Set([
  "bls.", "gr.", "mgr.", "sl.", "nk.", "o.fl.", "o.m.fl.", "o.s.frv.", "o.s.fr.", "o.þ.h.", "o.fl", "kr.", "þús.", "millj.", "ma.", "mlj.", "mljó.",
  "e.kr.", "f.kr.", "hf.", "ehf.", "sf.", "ohf.", "km.", "mín.", "sek.", "klst.", "stk.", "cm.", "kg.", "fm.",
  "jan.", "feb.", "mar.", "apr.", "jún.", "júl.", "ág.", "ágú.", "sep.", "sept.", "okt.", "nóv.", "des.",
]);

/**
 * A single capital ("Jón G. Jónsson") or a Roman numeral after a name ("Kristján X.") usually
 * continues the sentence; it ends one only when one of these common sentence openings follows
 * ("einkunnina A. Svo fór hann", "í tíð Kristjáns X. Hann ríkti").
 */
export const sentenceOpenings: ReadonlySet<string> = new Set([
  "hann", "hún", "það", "þeir", "þær", "þau", "ég", "við", "þið", "þú", "þá", "þar", "þetta", "þessi",
  "svo", "síðan", "síðar", "en", "og", "nú", "hér", "einnig", "auk", "enginn", "ekkert", "ekki", "allir",
  "í", "á", "að", "um", "eftir", "fyrir", "með", "frá", "til", "við", "ef", "þegar", "sá", "sú", "hvað",
  "hver", "hvers", "hvernig", "hvar", "hvenær", "því", "þó", "samt", "loks", "fyrst", "margir", "mörg",
]);

/** Closing punctuation that may follow a sentence's final mark: ." .» .“ .) */
export const closers = "\"'»”“’‘)]";

/** Characters that may open a sentence besides an upper-case letter or a digit (dialogue dashes too). */
export const openers = "„\"'«“‘‚([–—";

/** Roman numerals from I to MMMM (the numeral of a king, pope or chapter). */
export const romanNumeral = /^M{0,4}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/u;

/** What the sentence splitter needs to know about a language. */
export interface SegmentationRules {
  abbreviations: ReadonlySet<string>;
  finishers: ReadonlySet<string>;
  sentenceOpenings: ReadonlySet<string>;
}

export const icelandicRules: SegmentationRules = { abbreviations, finishers, sentenceOpenings };
