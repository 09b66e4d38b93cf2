import { foldCase } from "./clean";
import type { DictionaryEntry } from "./types";
import type { WordClass } from "./word-class";

/** A dictionary ready for lookup: entries by lower-cased NFC lemma, in the source's order. */
export interface DictionaryIndex {
  readonly byLemma: ReadonlyMap<string, readonly DictionaryEntry[]>;
  readonly size: number;
}

export function indexDictionary(entries: readonly DictionaryEntry[]): DictionaryIndex {
  const byLemma = new Map<string, DictionaryEntry[]>();
  // Entries are NFC already (clean.ts); only the query needs normalising.
  for (const entry of entries) {
    const key = foldCase(entry.lemma);
    const list = byLemma.get(key);
    if (list) list.push(entry);
    else byLemma.set(key, [entry]);
  }
  return { byLemma, size: byLemma.size };
}

/**
 * Entries for a lemma. An exact-case match wins over a case-folded one ("Ísland" the country
 * before "ísland" if both existed).
 */
export function entriesOf(index: DictionaryIndex, lemma: string): readonly DictionaryEntry[] {
  const exact = lemma.normalize("NFC");
  const all = index.byLemma.get(foldCase(exact)) ?? [];
  const sameCase = all.filter((entry) => entry.lemma === exact);
  return sameCase.length > 0 ? sameCase : all;
}

/**
 * Keeps the entries of the wanted word class; when none has it (or the class is unknown), all of
 * them: a meaning of another class still helps more than none (the analyser can be wrong too).
 */
export function filterByClass<T extends { wordClass?: WordClass | undefined }>(
  entries: readonly T[],
  wordClass: WordClass | undefined,
): readonly T[] {
  return classFilter(entries, wordClass).entries;
}

/** As filterByClass, and says whether it had to fall back to other classes. */
export function classFilter<T extends { wordClass?: WordClass | undefined }>(
  entries: readonly T[],
  wordClass: WordClass | undefined,
): { entries: readonly T[]; otherClass: boolean } {
  if (!wordClass) return { entries, otherClass: false };
  const matching = entries.filter((entry) => entry.wordClass === wordClass);
  return matching.length > 0 ? { entries: matching, otherClass: false } : { entries, otherClass: entries.length > 0 };
}
