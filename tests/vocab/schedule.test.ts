import { createEmptyCard, fsrs, Rating } from "ts-fsrs";
import { describe, expect, it } from "vitest";
import { grades, isDue, newCard, preview, review } from "@/lib/vocab/schedule";

const now = new Date("2026-11-24T12:00:00Z");

describe("scheduling through ts-fsrs", () => {
  it("moves due dates exactly as ts-fsrs does", () => {
    const f = fsrs();
    for (const grade of grades) {
      const ours = review(newCard(now), grade, now);
      const theirs = f.next(createEmptyCard(now), now, grade).card;
      expect(ours.due).toBe(theirs.due.toISOString());
      expect(ours.stability).toBe(theirs.stability);
    }
  });

  it("orders Again < Hard < Good < Easy, and a second Good waits longer", () => {
    const dues = grades.map((g) => new Date(review(newCard(now), g, now).due).getTime());
    expect([...dues].sort((a, b) => a - b)).toEqual(dues);
    expect(new Set(dues).size).toBe(4);
    const good = review(newCard(now), Rating.Good, now);
    const later = new Date(good.due);
    const goodAgain = review(good, Rating.Good, later);
    expect(new Date(goodAgain.due).getTime() - later.getTime()).toBeGreaterThan(new Date(good.due).getTime() - now.getTime());
  });

  it("previews each grade's next date and knows when a card is due", () => {
    const card = newCard(now);
    expect(isDue(card, now)).toBe(true);
    expect(preview(card, now)[Rating.Good].toISOString()).toBe(review(card, Rating.Good, now).due);
    expect(isDue(review(card, Rating.Easy, now), now)).toBe(false);
  });
});
