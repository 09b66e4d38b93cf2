import type { SavedWord, Status } from "./model";
import { inReview } from "./status";

/** Bands the statistics page draws: the learning levels together, ignored words apart. */
export const statBands = ["new", "learning", "known", "ignored"] as const;
export type StatBand = (typeof statBands)[number];
const bandOf = (s: Status): StatBand => (s === "new" || s === "known" || s === "ignored" ? s : "learning");

const DAY = 86_400_000;

/** A local calendar day as YYYY-MM-DD: a learner's "today" is their own midnight to midnight. */
export function dayKey(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The `count` local days ending with (or starting at) `from`, as keys and their last instant. */
function days(from: Date, count: number, direction: -1 | 1): { key: string; end: number }[] {
  const start = new Date(from.getFullYear(), from.getMonth(), from.getDate());
  return Array.from({ length: count }, (_, i) => {
    const day = new Date(start.getFullYear(), start.getMonth(), start.getDate() + (direction < 0 ? i - (count - 1) : i));
    return { key: dayKey(day), end: new Date(day.getFullYear(), day.getMonth(), day.getDate() + 1).getTime() - 1 };
  });
}

export type BandCounts = Record<StatBand, number>;
const zero = (): BandCounts => ({ new: 0, learning: 0, known: 0, ignored: 0 });

/** How many words were in each band at the end of each of the last `count` days. */
export function statusOverTime(words: readonly SavedWord[], now: Date, count = 30): { day: string; counts: BandCounts }[] {
  return days(now, count, -1).map(({ key, end }) => {
    const counts = zero();
    for (const word of words) {
      if (Date.parse(word.createdAt) > end) continue;
      let status: Status = "new";
      for (const change of word.statusHistory) if (Date.parse(change.at) <= end) status = change.status;
      counts[bandOf(status)]++;
    }
    return { day: key, counts };
  });
}

/** Reviews on each of the last `count` days, and how many of them were not "Again". */
export function reviewsPerDay(words: readonly SavedWord[], now: Date, count = 30): { day: string; reviews: number; recalled: number }[] {
  const rows = days(now, count, -1).map(({ key }) => ({ day: key, reviews: 0, recalled: 0 }));
  const byDay = new Map(rows.map((row) => [row.day, row]));
  for (const word of words) {
    for (const log of word.reviews) {
      const row = byDay.get(dayKey(new Date(log.review)));
      if (!row) continue;
      row.reviews++;
      if (log.rating !== 1) row.recalled++;
    }
  }
  return rows;
}

/** Cards falling due on each of the next `count` days; whatever is overdue counts today. */
export function dueForecast(words: readonly SavedWord[], now: Date, count = 30): { day: string; due: number }[] {
  const rows = days(now, count, 1).map(({ key }) => ({ day: key, due: 0 }));
  const byDay = new Map(rows.map((row) => [row.day, row]));
  for (const word of words) {
    if (!inReview(word)) continue;
    const due = Math.max(Date.parse(word.card.due), now.getTime());
    const row = byDay.get(dayKey(new Date(due)));
    if (row) row.due++;
  }
  return rows;
}

/** Share of reviews not answered "Again", over all time and over the last 30 days. */
export function retention(words: readonly SavedWord[], now: Date): { all: Share; recent: Share } {
  const since = now.getTime() - 30 * DAY;
  const all = { reviews: 0, recalled: 0 };
  const recent = { reviews: 0, recalled: 0 };
  for (const log of words.flatMap((w) => w.reviews)) {
    const recalled = log.rating !== 1 ? 1 : 0;
    all.reviews++;
    all.recalled += recalled;
    if (Date.parse(log.review) >= since) {
      recent.reviews++;
      recent.recalled += recalled;
    }
  }
  const share = (s: typeof all): Share => ({ ...s, rate: s.reviews ? s.recalled / s.reviews : undefined });
  return { all: share(all), recent: share(recent) };
}

export interface Share {
  reviews: number;
  recalled: number;
  /** Undefined when there were no reviews. */
  rate: number | undefined;
}
