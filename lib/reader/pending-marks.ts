import { isStatus, type Status } from "../vocab/model";

/**
 * A save or status key pressed on a word of a built-in article before the article's data (its
 * glosses) has arrived. It is written down first, so leaving the page at once, or the tab being
 * closed, does not lose it: any later page that opens the vocabulary finishes it.
 */
export interface PendingMark {
  /** Where the document's data is fetched from. */
  url: string;
  /** The word's element id in that document (tokenElementId). */
  termId: string;
  status?: Status;
  /** When it was pressed (ISO), so a mark is applied with the time the learner pressed it. */
  at: string;
}

/** A mark not finished in this long (its article gone from every server it was tried on, say) is dropped. */
export const PENDING_MARK_MAX_AGE_MS = 14 * 24 * 60 * 60 * 1000;

/** The marks older than PENDING_MARK_MAX_AGE_MS at `now`. */
export function stalePendingMarks(marks: readonly PendingMark[], now: number): PendingMark[] {
  return marks.filter((mark) => now - Date.parse(mark.at) > PENDING_MARK_MAX_AGE_MS);
}

/** At most this many are kept; a learner presses a few keys in the second before data arrives. */
export const MAX_PENDING_MARKS = 200;
const MAX_FIELD = 2048;

const sameWord = (a: PendingMark, b: PendingMark) => a.url === b.url && a.termId === b.termId;

function isPendingMark(value: unknown): value is PendingMark {
  if (typeof value !== "object" || value === null) return false;
  const mark = value as Record<string, unknown>;
  const text = (field: unknown) => typeof field === "string" && field.length > 0 && field.length <= MAX_FIELD;
  return text(mark.url) && text(mark.termId) && text(mark.at) && !Number.isNaN(Date.parse(mark.at as string)) && (mark.status === undefined || isStatus(mark.status));
}

/** The marks in what storage holds; anything malformed (another version, a hand edit) is left out, never thrown. */
export function parsePendingMarks(raw: string | null): PendingMark[] {
  if (!raw) return [];
  try {
    const value: unknown = JSON.parse(raw);
    return Array.isArray(value) ? value.filter(isPendingMark).slice(-MAX_PENDING_MARKS) : [];
  } catch {
    return [];
  }
}

/**
 * Adds a mark. A second key on the same word replaces the first, keeping a status the new one
 * does not name: S after 2 leaves the word in learning, as it would on a loaded page.
 */
export function withPendingMark(marks: readonly PendingMark[], mark: PendingMark): PendingMark[] {
  const earlier = marks.find((m) => sameWord(m, mark));
  const status = mark.status ?? earlier?.status;
  const next = { ...mark, ...(status && { status }) };
  return [...marks.filter((m) => !sameWord(m, mark)), next].slice(-MAX_PENDING_MARKS);
}

/** The marks left once `done` are taken out (each exactly as it was read, so a newer key on the same word stays). */
export function withoutPendingMarks(marks: readonly PendingMark[], done: readonly PendingMark[]): PendingMark[] {
  return marks.filter((m) => !done.some((d) => sameWord(d, m) && d.at === m.at && d.status === m.status));
}
