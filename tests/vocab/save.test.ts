import { describe, expect, it } from "vitest";
import { countLemmas, unknownCount } from "@/lib/vocab/counts";
import { hasContext } from "@/lib/vocab/contexts";
import { addContext, saveWord, setStatus } from "@/lib/vocab/save";
import { at, input } from "./support";

describe("saving words", () => {
  it("stores a new lemma with the sentence it was saved from", () => {
    const word = saveWord(undefined, input("loftvarnakerfum", "p1.s2"), at("2026-11-01T10:00:00Z"));
    expect(word.contexts.map((c) => [c.sentenceId, c.form])).toEqual([["p1.s2", "loftvarnakerfum"]]);
    expect(word.forms).toEqual(["loftvarnakerfum"]);
    expect(word.status).toBe("new");
    expect(word.statusHistory).toEqual([{ at: "2026-11-01T10:00:00.000Z", status: "new" }]);
    expect(word.reviews).toEqual([]);
  });

  it("never adds a context silently: saving a saved lemma from another sentence changes nothing", () => {
    const first = saveWord(undefined, input("loftvarnakerfum", "p1.s2"), at("2026-11-01T10:00:00Z"));
    expect(saveWord(first, input("loftvarnakerfin", "p4.s1"), at("2026-11-02T10:00:00Z"))).toBe(first);
  });
});

describe("adding a sentence explicitly", () => {
  const first = saveWord(undefined, input("loftvarnakerfum", "p1.s2"), at("2026-11-01T10:00:00Z"));

  it("adds another sentence and its form, and says so", () => {
    const { word, outcome } = addContext(first, input("loftvarnakerfin", "p4.s1"), at("2026-11-02T10:00:00Z"));
    expect(outcome).toBe("added");
    expect(word.id).toBe(first.id);
    expect(word.contexts.map((c) => [c.sentenceId, c.form])).toEqual([
      ["p1.s2", "loftvarnakerfum"],
      ["p4.s1", "loftvarnakerfin"],
    ]);
    expect(word.forms).toEqual(["loftvarnakerfum", "loftvarnakerfin"]);
    expect(word.createdAt).toBe(first.createdAt);
    expect(word.updatedAt).toBe("2026-11-02T10:00:00.000Z");
    expect(hasContext(word, { slug: "drone-attack-anbar", sentenceId: "p4.s1" })).toBe(true);
  });

  it("reports a sentence that is already there and leaves the word as it was", () => {
    const { word, outcome } = addContext(first, input("loftvarnakerfum", "p1.s2"), at("2026-11-03T10:00:00Z"));
    expect(outcome).toBe("already-there");
    expect(word).toBe(first);
  });

  it("saves a word not saved yet, with the sentence", () => {
    const { word, outcome } = addContext(undefined, input("loftvarnakerfum", "p1.s2"), at("2026-11-03T10:00:00Z"));
    expect(outcome).toBe("saved");
    expect(word.contexts).toHaveLength(1);
  });

  it("treats the same sentence id in another text as another sentence", () => {
    const other = input("loftvarnakerfum", "p1.s2");
    other.context.slug = "another-text";
    expect(addContext(first, other, at("2026-11-03T10:00:00Z")).outcome).toBe("added");
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
