import { cleanMeaning, cleanText, entryCollector } from "./clean";
import type { CleaningReport, DictionaryEntry } from "./types";
import { wordClassOfWiktionaryPos } from "./word-class";

/**
 * Reads the English Wiktionary subset (`english<TAB>icelandic<TAB>POS` per line) the other way
 * round: Icelandic headword → English meaning, in file order.
 */
export function parseWiktionaryTsv(tsv: string): { entries: DictionaryEntry[]; report: CleaningReport } {
  const collector = entryCollector();
  for (const line of tsv.split(/\r?\n/)) {
    if (line.trim() === "") continue;
    const [english = "", icelandic = "", pos = ""] = line.split("\t");
    const wordClass = wordClassOfWiktionaryPos(pos);
    collector.add({ lemma: cleanText(icelandic), meaning: cleanMeaning(english), ...(wordClass && { wordClass }) });
  }
  return { entries: collector.entries, report: collector.report };
}
