import commonEn from "../../locales/en/common.json";
import grammarEn from "../../locales/en/grammar.json";
import grammarIs from "../../locales/is/grammar.json";
import readerEn from "../../locales/en/reader.json";
import commonIs from "../../locales/is/common.json";
import readerIs from "../../locales/is/reader.json";
import translateEn from "../../locales/en/translate.json";
import translateIs from "../../locales/is/translate.json";
import vocabEn from "../../locales/en/vocab.json";
import vocabIs from "../../locales/is/vocab.json";
import type { Locale } from "./settings";

/**
 * Interface strings bundled at build time: a handful of small JSON files, so static imports beat
 * a backend that would fetch them at run time (and keep the pages statically renderable).
 */
export const resources = {
  en: { common: commonEn, grammar: grammarEn, reader: readerEn, translate: translateEn, vocab: vocabEn },
  is: { common: commonIs, grammar: grammarIs, reader: readerIs, translate: translateIs, vocab: vocabIs },
} satisfies Record<Locale, Record<string, object>>;

export type Resources = (typeof resources)["en"];
