/** Where a learner can read more about a lemma; each opens in a new tab. */
export interface LemmaLink {
  id: "bin" | "islex" | "wiktionary";
  /** The resource's own name, not translated. */
  label: string;
  href: string;
}

const nfc = (lemma: string) => lemma.normalize("NFC").trim();

/** BÍN, the inflection database: every form of the word. */
export const binUrl = (lemma: string) => `https://bin.arnastofnun.is/leit/?q=${encodeURIComponent(nfc(lemma))}`;

/** ISLEX, the Icelandic–Nordic dictionary (meanings in Danish, Norwegian, Swedish, Faroese, Finnish). */
export const islexUrl = (lemma: string) => `https://islex.arnastofnun.is/is/leit/${encodeURIComponent(nfc(lemma))}`;

/** English Wiktionary, at its Icelandic section. Wiktionary titles use "_" for spaces. */
export const wiktionaryUrl = (lemma: string) =>
  `https://en.wiktionary.org/wiki/${encodeURIComponent(nfc(lemma).replace(/ /g, "_"))}#Icelandic`;

export function lemmaLinks(lemma: string): LemmaLink[] {
  return [
    { id: "bin", label: "BÍN", href: binUrl(lemma) },
    { id: "islex", label: "ISLEX", href: islexUrl(lemma) },
    { id: "wiktionary", label: "Wiktionary", href: wiktionaryUrl(lemma) },
  ];
}
