import type { SavedWord, StatusChange } from "./model";

/** A word as version 1 stored it: no status source, status history or review logs. */
export type WordV1 = Omit<SavedWord, "statusBy" | "statusHistory" | "reviews"> & Partial<Pick<SavedWord, "statusBy" | "statusHistory" | "reviews">>;

/**
 * Brings a version-1 word (a backup, or a row in IndexedDB) to the current shape. Every status
 * then was the learner's; its history is what the word tells: new when saved, its status since
 * its last change. Reviews before version 2 were not logged.
 */
export function upgradeWord(word: WordV1): SavedWord {
  const history: StatusChange[] = [{ at: word.createdAt, status: "new" }];
  if (word.status !== "new") history.push({ at: word.updatedAt, status: word.status });
  return {
    ...word,
    statusBy: word.statusBy ?? "learner",
    statusHistory: word.statusHistory ?? history,
    reviews: word.reviews ?? [],
  };
}
