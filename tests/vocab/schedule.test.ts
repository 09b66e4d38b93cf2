import { createEmptyCard, fsrs, Rating } from "ts-fsrs";
import { describe, expect, it } from "vitest";
import { grades, isDue, newCard, preview, review, reviewWord } from "@/lib/vocab/schedule";
import { saveWord, setStatus } from "@/lib/vocab/save";
import { inReview, KNOWN_STABILITY_DAYS, statusFromCard } from "@/lib/vocab/status";
import { at, input } from "./support";

const now = new Date("2026-11-24T12:00:00Z");
const minutes = (from: Date, iso: string) => (Date.parse(iso) - from.getTime()) / 60_000;

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

  it("brings a missed new card back after ts-fsrs's first learning step (1 minute)", () => {
    expect(minutes(now, review(newCard(now), Rating.Again, now).due)).toBe(1);
  });

  it("previews each grade's next date and knows when a card is due", () => {
    const card = newCard(now);
    expect(isDue(card, now)).toBe(true);
    expect(preview(card, now)[Rating.Good].toISOString()).toBe(review(card, Rating.Good, now).due);
    expect(isDue(review(card, Rating.Easy, now), now)).toBe(false);
  });
});

describe("one model: status follows recall", () => {
  const word = saveWord(undefined, input("loftvarnakerfum", "p1.s2"), now);

  it("keeps every review as a ts-fsrs log the optimizer can read", () => {
    const once = reviewWord(word, Rating.Again, now);
    const later = new Date(once.card.due);
    const twice = reviewWord(once, Rating.Good, later);
    expect(twice.reviews.map((r) => [r.rating, r.state, r.review])).toEqual([
      [Rating.Again, 0, now.toISOString()],
      [Rating.Good, 1, later.toISOString()],
    ]);
    const theirs = fsrs().next(createEmptyCard(now), now, Rating.Again).log;
    expect(once.reviews[0]).toEqual({ ...theirs, due: theirs.due.toISOString(), review: theirs.review.toISOString() });
  });

  it("a word in learning steps is learning 1; stability sets the level; 21 days of stability is known", () => {
    expect(reviewWord(word, Rating.Again, now).status).toBe("learning-1");
    const easy = reviewWord(word, Rating.Easy, now);
    expect(easy.card.stability).toBeGreaterThan(7);
    expect(easy.status).toBe("learning-4");
    const card = { ...easy.card, state: 2 };
    expect(statusFromCard({ ...card, stability: 0.5 })).toBe("learning-1");
    expect(statusFromCard({ ...card, stability: 2 })).toBe("learning-2");
    expect(statusFromCard({ ...card, stability: 5 })).toBe("learning-3");
    expect(statusFromCard({ ...card, stability: KNOWN_STABILITY_DAYS - 0.01 })).toBe("learning-4");
    expect(statusFromCard({ ...card, stability: KNOWN_STABILITY_DAYS })).toBe("known");
  });

  it("reaches known after good reviews on time, and drops back when forgotten", () => {
    let w = word;
    let t = now;
    while (w.status !== "known") {
      w = reviewWord(w, Rating.Good, t);
      t = new Date(w.card.due);
      expect(w.reviews.length).toBeLessThan(20);
    }
    expect(w.card.stability).toBeGreaterThanOrEqual(KNOWN_STABILITY_DAYS);
    expect(w.statusBy).toBe("review");
    expect(inReview(w)).toBe(true);
    const lapsed = reviewWord(w, Rating.Again, t);
    expect(lapsed.status).toBe("learning-1");
    expect(lapsed.statusHistory.map((s) => s.status)).toContain("known");
    expect(lapsed.statusHistory.at(-1)).toEqual({ at: t.toISOString(), status: "learning-1" });
  });

  it("a status the learner sets holds until the next review changes it", () => {
    const set = setStatus(word, "learning-3", now);
    expect([set.status, set.statusBy]).toEqual(["learning-3", "learner"]);
    const reviewed = reviewWord(set, Rating.Again, at("2026-11-25T12:00:00Z"));
    expect([reviewed.status, reviewed.statusBy]).toEqual(["learning-1", "review"]);
    expect(reviewed.statusHistory.map((s) => s.status)).toEqual(["new", "learning-3", "learning-1"]);
  });

  it("known set by the learner leaves review; ignored stays ignored even if reviewed", () => {
    expect(inReview(setStatus(word, "known", now))).toBe(false);
    expect(inReview(setStatus(word, "ignored", now))).toBe(false);
    expect(inReview(setStatus(word, "learning-2", now))).toBe(true);
    expect(reviewWord(setStatus(word, "ignored", now), Rating.Good, now).status).toBe("ignored");
  });
});
