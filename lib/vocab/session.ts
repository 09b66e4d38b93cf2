import type { SavedWord } from "./model";
import { inReview } from "./status";

/**
 * Like Anki's "learn ahead limit": a card in FSRS's short-term steps (a missed card returns
 * after 1 or 10 minutes) is shown again in this session if it is due within 20 minutes, rather
 * than ending the session while it waits.
 */
export const LEARN_AHEAD_MS = 20 * 60_000;

const LEARNING = 1;
const RELEARNING = 3;
const dueAt = (word: SavedWord) => new Date(word.card.due).getTime();
const inSteps = (word: SavedWord) => word.card.state === LEARNING || word.card.state === RELEARNING;

/** Words to study now: in review and due by FSRS, the longest-waiting first. */
export function dueForReview(words: readonly SavedWord[], now: Date): SavedWord[] {
  return words.filter((w) => inReview(w) && dueAt(w) <= now.getTime()).sort((a, b) => dueAt(a) - dueAt(b));
}

/** The session's words that can be shown now: due, or in short-term steps within the limit. */
export function sessionQueue(words: readonly SavedWord[], session: ReadonlySet<string>, now: Date): SavedWord[] {
  const t = now.getTime();
  return words
    .filter((w) => session.has(w.id) && inReview(w) && (dueAt(w) <= t || (inSteps(w) && dueAt(w) <= t + LEARN_AHEAD_MS)))
    .sort((a, b) => dueAt(a) - dueAt(b));
}

/**
 * The next card of a session, re-queued by due time: a missed card comes back after the cards
 * already waiting. Never the card just answered while another is waiting. Undefined ends the session.
 */
export function nextInSession(words: readonly SavedWord[], session: ReadonlySet<string>, now: Date, last?: string): SavedWord | undefined {
  const queue = sessionQueue(words, session, now);
  return queue.find((w) => w.id !== last) ?? queue[0];
}
