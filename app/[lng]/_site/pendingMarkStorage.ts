/**
 * Where the reader writes down a key pressed before an article's data has arrived
 * (lib/reader/pending-marks.ts): localStorage, read synchronously, so any page can ask cheaply
 * whether something is left to finish.
 */
import { parsePendingMarks, withPendingMark, type PendingMark } from "@/lib/reader/pending-marks";

const KEY = "samhlida.pending-marks";

/** This page's marks, for when the browser refuses localStorage: they then live as long as the page. */
let inMemory: PendingMark[] = [];

/** Every pending mark, from storage and this page. */
export function allPendingMarks(): PendingMark[] {
  return inMemory.reduce(withPendingMark, stored());
}

function stored(): PendingMark[] {
  try {
    return parsePendingMarks(window.localStorage.getItem(KEY));
  } catch {
    return [];
  }
}

/** Replaces the pending marks. */
export function keepPendingMarks(marks: PendingMark[]) {
  try {
    if (marks.length === 0) window.localStorage.removeItem(KEY);
    else window.localStorage.setItem(KEY, JSON.stringify(marks));
    inMemory = [];
  } catch {
    // Private mode or a full quota: they are finished from memory while the page is open.
    inMemory = marks;
  }
}

/** Cheap enough for every page load: one localStorage read. */
export function hasPendingMarks(): boolean {
  return allPendingMarks().length > 0;
}
