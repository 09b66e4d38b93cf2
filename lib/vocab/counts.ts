import type { SavedWord, Status } from "./model";

export type Band = "known" | "learning" | "new";

/** Known and ignored words need no more study; a word never saved counts as new. */
export function band(status: Status | undefined): Band | "ignored" {
  if (!status || status === "new") return "new";
  if (status === "known" || status === "ignored") return status === "known" ? "known" : "ignored";
  return "learning";
}

/** Counts a text's lemmas (not forms: sprengjudrónum and sprengjudróna are one word) by band. */
export function countLemmas(entryIds: Iterable<string>, words: ReadonlyMap<string, SavedWord>): Record<Band, number> {
  const counts: Record<Band, number> = { known: 0, learning: 0, new: 0 };
  for (const id of new Set(entryIds)) {
    const b = band(words.get(id)?.status);
    if (b !== "ignored") counts[b]++;
  }
  return counts;
}

/** How many of a sentence's lemmas the learner does not know yet (new or learning). */
export function unknownCount(entryIds: Iterable<string>, words: ReadonlyMap<string, SavedWord>): number {
  const { learning, new: fresh } = countLemmas(entryIds, words);
  return learning + fresh;
}
