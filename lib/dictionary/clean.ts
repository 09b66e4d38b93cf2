import type { CleaningReport, DictionaryEntry } from "./types";

/** NFC, single spaces, trimmed. Diacritics are kept: "á" and "a" are different letters in Icelandic. */
export const cleanText = (text: string): string => text.normalize("NFC").replace(/\s+/g, " ").trim();

/**
 * An English meaning, cleaned: as cleanText, and without brackets left unbalanced by the
 * extraction ("neither )", "common dandelion )" in the Wiktionary subset).
 */
export function cleanMeaning(text: string): string {
  if (!/[()]/.test(text)) return cleanText(text);
  let depth = 0;
  let kept = "";
  for (const char of cleanText(text)) {
    if (char === "(") depth += 1;
    if (char === ")") {
      if (depth === 0) continue;
      depth -= 1;
    }
    kept += char;
  }
  // An opening bracket never closed: drop it, keep the words.
  if (depth > 0) kept = kept.replace(/\(/g, "");
  return cleanText(kept);
}

/**
 * Lower case for lookup keys. Plain toLowerCase: Icelandic and English have no locale-specific
 * case rules (those are Turkish, Azeri and Lithuanian), and the ICU path of
 * toLocaleLowerCase("is") is several times slower over 30,000 entries.
 */
export const foldCase = (text: string) => text.toLowerCase();

/** A headword the lemma lookup can reach: one word, hyphens allowed ("Anbar-hérað"). */
export const isSingleWord = (lemma: string): boolean => lemma.length > 0 && !/\s/.test(lemma);

export const emptyReport = (): CleaningReport => ({ kept: 0, duplicates: 0, multiWordHeadwords: 0, notIcelandicToEnglish: 0, empty: 0, placeholders: 0 });

/**
 * Collects entries in reading order, dropping exact repeats (same lemma, class and meaning; the
 * Apertium file lists some pairs twice). Headwords of more than one word are kept and counted.
 */
export function entryCollector() {
  const entries: DictionaryEntry[] = [];
  const seen = new Set<string>();
  const report = emptyReport();
  return {
    entries,
    report,
    add(entry: DictionaryEntry) {
      // Punctuation-only pairs ("-" → "-") are not words.
      if (!/\p{L}/u.test(entry.lemma) || !/\p{L}/u.test(entry.meaning)) {
        report.empty += 1;
        return;
      }
      // Kept: fixed expressions ("til dæmis", "hins vegar") are looked up whole, never by a word.
      if (!isSingleWord(entry.lemma)) report.multiWordHeadwords += 1;
      const key = `${foldCase(entry.lemma)}\u0000${entry.wordClass ?? ""}\u0000${foldCase(entry.meaning)}`;
      if (seen.has(key)) {
        report.duplicates += 1;
        return;
      }
      seen.add(key);
      entries.push(entry);
      report.kept += 1;
    },
  };
}
