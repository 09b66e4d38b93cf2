/** The works the app is built on. Names and licences stay as their owners write them; what each
 *  is used for and who holds it are translated in locales/<lng>/credits.json under items.<id>. */
export const CREDITS = [
  { id: "bin", name: "Beygingarlýsing íslensks nútímamáls (BÍN)", lang: "is", href: "https://bin.arnastofnun.is/", licence: "CC BY-SA 4.0", licenceHref: "https://creativecommons.org/licenses/by-sa/4.0/" },
  { id: "greynir", name: "GreynirEngine, islenska, tokenizer", lang: "en", href: "https://github.com/mideind/GreynirEngine", licence: "MIT", licenceHref: "https://opensource.org/license/mit" },
  { id: "wiktionary", name: "English Wiktionary", lang: "en", href: "https://en.wiktionary.org/", licence: "CC BY-SA 4.0", licenceHref: "https://creativecommons.org/licenses/by-sa/4.0/" },
  { id: "apertium", name: "Apertium isl–eng", lang: "en", href: "https://github.com/apertium/apertium-isl-eng", licence: "GPL-3.0", licenceHref: "https://www.gnu.org/licenses/gpl-3.0.html" },
  { id: "lemmaIs", name: "lemma-is", lang: "en", href: "https://www.npmjs.com/package/lemma-is", licence: "MIT", licenceHref: "https://opensource.org/license/mit" },
  { id: "literata", name: "Literata", lang: "en", href: "https://github.com/googlefonts/literata", licence: "SIL Open Font License 1.1", licenceHref: "https://openfontlicense.org/" },
  { id: "tsFsrs", name: "ts-fsrs", lang: "en", href: "https://github.com/open-spaced-repetition/ts-fsrs", licence: "MIT", licenceHref: "https://opensource.org/license/mit" },
] as const;
