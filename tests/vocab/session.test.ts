import { Rating } from "ts-fsrs";
import { describe, expect, it } from "vitest";
import type { SavedWord } from "@/lib/vocab/model";
import { saveWord, setStatus } from "@/lib/vocab/save";
import { reviewWord } from "@/lib/vocab/schedule";
import { dueForReview, LEARN_AHEAD_MS, nextInSession, sessionQueue } from "@/lib/vocab/session";
import { at, input } from "./support";

const start = at("2026-11-24T12:00:00Z");
const word = (lemma: string, saved: string) => saveWord(undefined, input(lemma, "p1.s1", { entryId: lemma, lemma }), at(saved));
const later = (ms: number) => new Date(start.getTime() + ms);

describe("a review session", () => {
  const a = word("a", "2026-11-20T00:00:00Z");
  const b = word("b", "2026-11-21T00:00:00Z");
  const c = word("c", "2026-11-22T00:00:00Z");

  it("takes what is due, longest waiting first, and leaves out known-by-choice, ignored and not-yet-due words", () => {
    const notDue = reviewWord(word("d", "2026-11-23T00:00:00Z"), Rating.Easy, start);
    const known = setStatus(word("e", "2026-11-19T00:00:00Z"), "known", start);
    const ignored = setStatus(word("f", "2026-11-19T00:00:00Z"), "ignored", start);
    expect(dueForReview([c, notDue, a, known, ignored, b], start).map((w) => w.id)).toEqual(["a", "b", "c"]);
  });

  it("brings a card graded Again back in the same session, after the cards already waiting", () => {
    let words: SavedWord[] = [a, b, c];
    const session = new Set(words.map((w) => w.id));
    const seen: string[] = [];
    let now = start;
    let last: string | undefined;
    for (let step = 0; step < 12; step++) {
      const next = nextInSession(words, session, now, last);
      if (!next) break;
      seen.push(next.id);
      // "a" is missed the first time; everything else is recalled easily.
      const grade = next.id === "a" && !seen.slice(0, -1).includes("a") ? Rating.Again : Rating.Easy;
      words = words.map((w) => (w.id === next.id ? reviewWord(w, grade, now) : w));
      last = next.id;
      now = later((step + 1) * 10_000);
    }
    expect(seen).toEqual(["a", "b", "c", "a"]);
    expect(nextInSession(words, session, now)).toBeUndefined();
  });

  it("shows a card in learning steps early, up to the learn-ahead limit, but not a card due later", () => {
    const missed = reviewWord(a, Rating.Again, start);
    expect(sessionQueue([missed], new Set(["a"]), start).map((w) => w.id)).toEqual(["a"]);
    const graduated = reviewWord(reviewWord(b, Rating.Good, start), Rating.Good, later(10 * 60_000));
    expect(Date.parse(graduated.card.due) - later(10 * 60_000).getTime()).toBeGreaterThan(LEARN_AHEAD_MS);
    expect(sessionQueue([graduated], new Set(["b"]), later(10 * 60_000))).toEqual([]);
  });

  it("does not show the card just answered while another is waiting", () => {
    const missed = reviewWord(a, Rating.Again, start);
    expect(nextInSession([missed, b], new Set(["a", "b"]), later(2 * 60_000), "a")?.id).toBe("b");
    expect(nextInSession([missed], new Set(["a"]), later(2 * 60_000), "a")?.id).toBe("a");
  });

  it("only shows words that were part of the session", () => {
    expect(nextInSession([a, b], new Set(["b"]), start)?.id).toBe("b");
  });
});
