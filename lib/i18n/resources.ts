import commonEn from "../../locales/en/common.json";
import commonIs from "../../locales/is/common.json";
import creditsEn from "../../locales/en/credits.json";
import creditsIs from "../../locales/is/credits.json";
import grammarEn from "../../locales/en/grammar.json";
import grammarIs from "../../locales/is/grammar.json";
import importEn from "../../locales/en/import.json";
import importIs from "../../locales/is/import.json";
import readerEn from "../../locales/en/reader.json";
import readerIs from "../../locales/is/reader.json";
import statsEn from "../../locales/en/stats.json";
import statsIs from "../../locales/is/stats.json";
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
  en: {
    common: commonEn,
    credits: creditsEn,
    grammar: grammarEn,
    import: importEn,
    reader: readerEn,
    stats: statsEn,
    translate: translateEn,
    vocab: vocabEn,
  },
  is: {
    common: commonIs,
    credits: creditsIs,
    grammar: grammarIs,
    import: importIs,
    reader: readerIs,
    stats: statsIs,
    translate: translateIs,
    vocab: vocabIs,
  },
} satisfies Record<Locale, Record<string, object>>;

export type Resources = (typeof resources)["en"];
