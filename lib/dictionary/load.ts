import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseApertiumDix } from "./apertium";
import { indexDictionary, type DictionaryIndex } from "./dictionary-index";
import type { CleaningReport } from "./types";
import { parseWiktionaryTsv } from "./wiktionary";

export const DICTIONARY_FILES = {
  wiktionary: path.join("wiktionary-en-is", "wiktionary_en_is.tsv"),
  apertium: path.join("apertium-isl-eng", "apertium-isl-eng.isl-eng.dix"),
} as const;

export interface LoadedDictionary {
  index: DictionaryIndex;
  report: CleaningReport;
}

export interface Dictionaries {
  wiktionary: LoadedDictionary;
  apertium: LoadedDictionary;
}

export const defaultDictionaryDir = () => path.join(process.cwd(), "data", "dictionaries");

const read = (dir: string, file: string) => readFileSync(/*turbopackIgnore: true*/ path.join(dir, file), "utf8");

/**
 * Reads both dictionaries from their upstream files, unchanged on disk, and indexes them
 * (about a quarter of a second, once per process; see docs/decisions.md for why no prebuilt index).
 */
export function readDictionaries(dir = defaultDictionaryDir()): Dictionaries {
  const wiktionary = parseWiktionaryTsv(read(dir, DICTIONARY_FILES.wiktionary));
  const apertium = parseApertiumDix(read(dir, DICTIONARY_FILES.apertium));
  return {
    wiktionary: { index: indexDictionary(wiktionary.entries), report: wiktionary.report },
    apertium: { index: indexDictionary(apertium.entries), report: apertium.report },
  };
}

let loaded: Dictionaries | undefined;

/** The dictionaries of this server process, read on first use. */
export function loadDictionaries(): Dictionaries {
  loaded ??= readDictionaries();
  return loaded;
}
