import { createEmptyCard, fsrs, Rating, type Card, type Grade, type ReviewLog } from "ts-fsrs";
import { BACKUP_LIMITS, newest } from "./limits";
import type { SavedWord, StoredCard, StoredReviewLog } from "./model";
import { statusFromCard, withStatus } from "./status";

/**
 * Scheduling is ts-fsrs's alone, with its default short-term steps (learning 1m → 10m,
 * relearning 10m); this module only converts its cards and logs to and from storage.
 */
const scheduler = fsrs();

export const grades = [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy] as const satisfies readonly Grade[];

export function toStored(card: Card): StoredCard {
  return {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    ...(card.last_review && { last_review: card.last_review.toISOString() }),
  };
}

export function fromStored(card: StoredCard): Card {
  return {
    ...card,
    due: new Date(card.due),
    last_review: card.last_review ? new Date(card.last_review) : undefined,
  };
}

export function toStoredLog(log: ReviewLog): StoredReviewLog {
  return { ...log, due: log.due.toISOString(), review: log.review.toISOString() };
}

export function newCard(now: Date): StoredCard {
  return toStored(createEmptyCard(now));
}

/** The card after a grade, as FSRS schedules it. */
export function review(card: StoredCard, grade: Grade, now: Date): StoredCard {
  return toStored(scheduler.next(fromStored(card), now, grade).card);
}

/**
 * A graded word: FSRS moves the card, the log is kept, and the status follows recall again,
 * ending any status the learner set by hand (an ignored word stays ignored).
 */
export function reviewWord(word: SavedWord, grade: Grade, now: Date): SavedWord {
  const { card, log } = scheduler.next(fromStored(word.card), now, grade);
  const stored = toStored(card);
  const at = now.toISOString();
  const graded = { ...word, card: stored, reviews: newest([...word.reviews, toStoredLog(log)], BACKUP_LIMITS.reviewsPerWord), updatedAt: at };
  return word.status === "ignored" ? graded : withStatus(graded, statusFromCard(stored), "review", at);
}

/** When each grade would bring the card back, for the grade buttons. */
export function preview(card: StoredCard, now: Date): Record<Grade, Date> {
  const log = scheduler.repeat(fromStored(card), now);
  return {
    [Rating.Again]: log[Rating.Again].card.due,
    [Rating.Hard]: log[Rating.Hard].card.due,
    [Rating.Good]: log[Rating.Good].card.due,
    [Rating.Easy]: log[Rating.Easy].card.due,
  };
}

export function isDue(card: StoredCard, now: Date): boolean {
  return new Date(card.due).getTime() <= now.getTime();
}
