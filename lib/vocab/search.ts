import type { SavedWord, Status } from "./model";

const collator = new Intl.Collator("is", { sensitivity: "base" });
const fold = (text: string) => text.normalize("NFC").toLocaleLowerCase("is");

/**
 * Does a word match what the learner typed? By lemma, by any form seen, or by meaning; and by
 * the lemmas lemma-is gives for the query, so "loftvarnakerfin" finds loftvarnakerfi though
 * that form was never saved. Diacritics are letters: "a" does not find "á".
 */
export function matches(word: SavedWord, query: string, queryLemmas: readonly string[] = []): boolean {
  const q = fold(query.trim());
  if (!q) return true;
  const lemmas = new Set(queryLemmas.map(fold));
  return (
    lemmas.has(fold(word.lemma)) ||
    fold(word.lemma).includes(q) ||
    word.forms.some((form) => fold(form).includes(q)) ||
    fold(word.meaning).includes(q)
  );
}

export type SortOrder = "alphabetical" | "newest" | "oldest";

/** Icelandic alphabetical order (á after a, ð after d, þ æ ö at the end), or by date saved. */
export function sortWords(words: readonly SavedWord[], order: SortOrder): SavedWord[] {
  const sorted = [...words];
  if (order === "alphabetical") return sorted.sort((a, b) => collator.compare(a.lemma, b.lemma));
  const direction = order === "newest" ? -1 : 1;
  return sorted.sort((a, b) => direction * a.createdAt.localeCompare(b.createdAt));
}

export function filterWords(
  words: readonly SavedWord[],
  options: { query?: string; queryLemmas?: readonly string[]; status?: Status | "all"; order?: SortOrder },
): SavedWord[] {
  const kept = words.filter(
    (word) =>
      (!options.status || options.status === "all" || word.status === options.status) &&
      matches(word, options.query ?? "", options.queryLemmas),
  );
  return sortWords(kept, options.order ?? "alphabetical");
}
