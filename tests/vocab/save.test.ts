import { describe, expect, it } from "vitest";
import { countLemmas, unknownCount } from "@/lib/vocab/counts";
import { saveWord, setStatus } from "@/lib/vocab/save";
import { filterWords } from "@/lib/vocab/search";
import { at, input } from "./support";

describe("saving words", () => {
  it("adds a context when the same lemma is saved from another sentence, never a duplicate", () => {
    const first = saveWord(undefined, input("loftvarnakerfum", "p1.s2"), at("2026-11-01T10:00:00Z"));
    const second = saveWord(first, input("loftvarnakerfin", "p4.s1"), at("2026-11-02T10:00:00Z"));
    expect(second.id).toBe(first.id);
    expect(second.contexts.map((c) => [c.sentenceId, c.form])).toEqual([
      ["p1.s2", "loftvarnakerfum"],
      ["p4.s1", "loftvarnakerfin"],
    ]);
    expect(second.forms).toEqual(["loftvarnakerfum", "loftvarnakerfin"]);
    expect(second.createdAt).toBe(first.createdAt);
  });

  it("does not repeat a context saved twice from the same sentence", () => {
    const first = saveWord(undefined, input("loftvarnakerfum", "p1.s2"), at("2026-11-01T10:00:00Z"));
    const again = saveWord(first, input("loftvarnakerfum", "p1.s2"), at("2026-11-03T10:00:00Z"));
    expect(again.contexts).toHaveLength(1);
  });
});

describe("counting by lemma", () => {
  const words = new Map(
    [
      setStatus(saveWord(undefined, input("a", "p1.s1", { entryId: "a:noun", lemma: "a" }), at("2026-11-01T00:00:00Z")), "known", at("2026-11-01T00:00:00Z")),
      setStatus(saveWord(undefined, input("b", "p1.s1", { entryId: "b:noun", lemma: "b" }), at("2026-11-01T00:00:00Z")), "learning-2", at("2026-11-01T00:00:00Z")),
      setStatus(saveWord(undefined, input("c", "p1.s1", { entryId: "c:noun", lemma: "c" }), at("2026-11-01T00:00:00Z")), "ignored", at("2026-11-01T00:00:00Z")),
    ].map((w) => [w.id, w]),
  );

  it("counts each lemma once, whatever its forms", () => {
    // sprengjudrónum and sprengjudróna share one entry id: one word.
    const ids = ["a:noun", "b:noun", "c:noun", "sprengjudróni:noun", "sprengjudróni:noun"];
    expect(countLemmas(ids, words)).toEqual({ known: 1, learning: 1, new: 1 });
    expect(unknownCount(ids, words)).toBe(2);
  });
});

describe("finding words", () => {
  const a = saveWord(undefined, input("árásinni", "p1.s1", { entryId: "árás:noun", lemma: "árás", meaning: "attack" }), at("2026-11-03T00:00:00Z"));
  const b = saveWord(undefined, input("dróninn", "p1.s1", { entryId: "dróni:noun", lemma: "dróni", meaning: "drone" }), at("2026-11-01T00:00:00Z"));
  const c = saveWord(undefined, input("þrír", "p1.s1", { entryId: "þrír:numeral", lemma: "þrír", meaning: "three" }), at("2026-11-02T00:00:00Z"));
  const d = saveWord(undefined, input("annar", "p1.s1", { entryId: "annar:pronoun", lemma: "annar", meaning: "other" }), at("2026-11-04T00:00:00Z"));
  const e = saveWord(undefined, input("eldflaug", "p1.s1", { entryId: "eldflaug:noun", lemma: "eldflaug", meaning: "rocket" }), at("2026-11-05T00:00:00Z"));

  it("sorts in Icelandic order: á after a, ð after d, þ at the end", () => {
    expect(filterWords([c, b, e, a, d], { order: "alphabetical" }).map((w) => w.lemma)).toEqual(["annar", "árás", "dróni", "eldflaug", "þrír"]);
  });

  it("sorts by date", () => {
    expect(filterWords([c, b, e, a, d], { order: "newest" }).map((w) => w.lemma)).toEqual(["eldflaug", "annar", "árás", "þrír", "dróni"]);
  });

  it("finds by a form never saved, through its lemma, and keeps diacritics distinct", () => {
    expect(filterWords([a, b], { query: "árásirnar", queryLemmas: ["árás"] }).map((w) => w.lemma)).toEqual(["árás"]);
    expect(filterWords([a, b], { query: "aras" })).toEqual([]);
    expect(filterWords([a, b], { query: "DRÓN" }).map((w) => w.lemma)).toEqual(["dróni"]);
    expect(filterWords([a, b], { query: "attack" }).map((w) => w.lemma)).toEqual(["árás"]);
  });

  it("filters by status", () => {
    const known = setStatus(b, "known", at("2026-11-06T00:00:00Z"));
    expect(filterWords([a, known], { status: "known" }).map((w) => w.lemma)).toEqual(["dróni"]);
  });
});
