import { BACKUP_LIMITS, newest } from "./limits";
import type { SavedWord, Status, StoredCard } from "./model";

/**
 * Status follows recall. A word is known once FSRS expects it to be remembered for three weeks
 * (stability ≥ 21 days, Anki's "mature" line); the learning levels split the way there. A word
 * still in FSRS's (re)learning steps is learning 1, one never reviewed is new.
 */
export const KNOWN_STABILITY_DAYS = 21;
const LEVELS: readonly (readonly [number, Status])[] = [
  [1, "learning-1"],
  [3, "learning-2"],
  [7, "learning-3"],
  [KNOWN_STABILITY_DAYS, "learning-4"],
];

const NEW = 0;
const REVIEW = 2;

export function statusFromCard(card: StoredCard): Status {
  if (card.state === NEW) return "new";
  if (card.state !== REVIEW) return "learning-1";
  for (const [below, status] of LEVELS) if (card.stability < below) return status;
  return "known";
}

/**
 * Review skips ignored words, and words the learner marked known: that is the learner saying
 * "don't ask me". A word that became known through reviews stays scheduled, so it stays known.
 */
export function inReview(word: SavedWord): boolean {
  if (word.status === "ignored") return false;
  return !(word.status === "known" && word.statusBy === "learner");
}

/** The word with a new status, its history extended only when the status really changes. */
export function withStatus(word: SavedWord, status: Status, by: SavedWord["statusBy"], at: string): SavedWord {
  const changed = status !== word.status;
  return {
    ...word,
    status,
    statusBy: by,
    statusHistory:
      changed || word.statusHistory.length === 0
        ? newest([...word.statusHistory, { at, status }], BACKUP_LIMITS.statusChangesPerWord)
        : word.statusHistory,
  };
}
