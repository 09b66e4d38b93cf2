import type { SavedWord } from "./model";

/**
 * The review history in the FSRS optimizer's revlog shape (fsrs-optimizer's revlog.csv, read by
 * ts-fsrs's binding): one row per review, times in milliseconds, card ids numbered by when the
 * word was saved (Anki's card ids are creation times too; numbering avoids two words saved in
 * the same millisecond sharing one).
 */
export interface RevlogRow {
  card_id: number;
  review_time: number;
  review_rating: number;
  review_state: number;
}

export function optimizerRows(words: readonly SavedWord[]): RevlogRow[] {
  const ordered = [...words].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  return ordered.flatMap((word, index) =>
    word.reviews.map((log) => ({ card_id: index + 1, review_time: Date.parse(log.review), review_rating: log.rating, review_state: log.state })),
  );
}
