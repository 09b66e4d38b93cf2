import { Rating } from "ts-fsrs";
import { describe, expect, it } from "vitest";
import { optimizerRows } from "@/lib/vocab/revlog";
import { saveWord, setStatus } from "@/lib/vocab/save";
import { reviewWord } from "@/lib/vocab/schedule";
import { dayKey, dueForecast, retention, reviewsPerDay, statusOverTime } from "@/lib/vocab/stats";
import { at, input } from "./support";

// Local noon keeps each event on the calendar day its date says, in any time zone.
const local = (day: string, hour = 12) => new Date(`${day}T${String(hour).padStart(2, "0")}:00:00`);
const word = (lemma: string, saved: Date) => saveWord(undefined, input(lemma, "p1.s1", { entryId: lemma, lemma }), saved);

const now = local("2026-11-24", 18);
const a = reviewWord(reviewWord(word("a", local("2026-11-20")), Rating.Again, local("2026-11-22")), Rating.Good, local("2026-11-22", 13));
const b = reviewWord(word("b", local("2026-11-21")), Rating.Easy, local("2026-11-24"));
const c = setStatus(word("c", local("2026-11-23")), "ignored", local("2026-11-23", 14));
const words = [a, b, c];

describe("statistics", () => {
  it("counts words by status at the end of each day", () => {
    const rows = statusOverTime(words, now, 5);
    expect(rows.map((r) => r.day)).toEqual(["2026-11-20", "2026-11-21", "2026-11-22", "2026-11-23", "2026-11-24"]);
    expect(rows.map((r) => r.counts)).toEqual([
      { new: 1, learning: 0, known: 0, ignored: 0 },
      { new: 2, learning: 0, known: 0, ignored: 0 },
      { new: 1, learning: 1, known: 0, ignored: 0 },
      { new: 1, learning: 1, known: 0, ignored: 1 },
      { new: 0, learning: 2, known: 0, ignored: 1 },
    ]);
  });

  it("counts reviews per day and those not answered Again", () => {
    const rows = reviewsPerDay(words, now, 3);
    expect(rows).toEqual([
      { day: "2026-11-22", reviews: 2, recalled: 1 },
      { day: "2026-11-23", reviews: 0, recalled: 0 },
      { day: "2026-11-24", reviews: 1, recalled: 1 },
    ]);
  });

  it("forecasts due cards per day, overdue ones today, ignored ones never", () => {
    const rows = dueForecast(words, now, 30);
    expect(rows).toHaveLength(30);
    expect(rows[0]!.day).toBe("2026-11-24");
    expect(rows.reduce((sum, r) => sum + r.due, 0)).toBe(2);
    expect(rows.find((r) => r.day === dayKey(new Date(b.card.due)))?.due).toBeGreaterThanOrEqual(1);
    const overdue = dueForecast([word("d", local("2026-11-01"))], now, 2);
    expect(overdue.map((r) => r.due)).toEqual([1, 0]);
  });

  it("gives retention as the share of reviews not Again", () => {
    expect(retention(words, now).all).toEqual({ reviews: 3, recalled: 2, rate: 2 / 3 });
    expect(retention([c], now).all.rate).toBeUndefined();
    expect(retention(words, local("2027-02-01")).recent).toEqual({ reviews: 0, recalled: 0, rate: undefined });
  });

  it("gives the review log in the FSRS optimizer's revlog shape", () => {
    expect(optimizerRows([b, a])).toEqual([
      { card_id: 1, review_time: local("2026-11-22").getTime(), review_rating: 1, review_state: 0 },
      { card_id: 1, review_time: local("2026-11-22", 13).getTime(), review_rating: 3, review_state: 1 },
      { card_id: 2, review_time: local("2026-11-24").getTime(), review_rating: 4, review_state: 0 },
    ]);
  });
});

describe("day keys", () => {
  it("use the local calendar day", () => {
    expect(dayKey(at("2026-01-05T12:00:00"))).toBe("2026-01-05");
  });
});
