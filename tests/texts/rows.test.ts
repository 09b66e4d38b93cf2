import { describe, expect, it } from "vitest";
import { generateDocument } from "@/lib/reader/generate";
import { paragraphRows, rowEnglish } from "@/lib/reader/rows";
import { joinRows, mergeWithNext, splitRow } from "@/lib/texts/rows";

const ids = (document: ReturnType<typeof generateDocument>) => paragraphRows(document.paragraphs[0]!).map((row) => row.map((s) => s.id));

describe("alignment fixes by rows", () => {
  const document = generateDocument({ id: "rows", words: 60 });

  it("reads one row per sentence when nothing is joined", () => {
    expect(ids(document)).toEqual(document.paragraphs[0]!.sentences.map((s) => [s.id]));
  });

  it("merges a row with the next and shows both translations, then splits it back exactly", () => {
    const merged = mergeWithNext(document, "p1.s1")!;
    expect(ids(merged).slice(0, 2)).toEqual([["p1.s1", "p1.s2"], ["p1.s3"]]);
    const [s1, s2] = document.paragraphs[0]!.sentences;
    expect(rowEnglish(paragraphRows(merged.paragraphs[0]!)[0]!)).toBe(`${s1!.en} ${s2!.en}`);
    const twice = mergeWithNext(merged, "p1.s2")!;
    expect(ids(twice)[0]).toEqual(["p1.s1", "p1.s2", "p1.s3"]);
    expect(splitRow(twice, "p1.s3")).toEqual(document);
  });

  it("does nothing past the end of a paragraph or on a single sentence", () => {
    const last = document.paragraphs[0]!.sentences.at(-1)!.id;
    expect(mergeWithNext(document, last)).toBeUndefined();
    expect(splitRow(document, "p1.s1")).toBeUndefined();
  });

  it("marks the sentences an aligned row continues, but never the first of a paragraph", () => {
    const joined = joinRows(document.paragraphs[0]!, new Set(["p1.s1", "p1.s3"]));
    expect(joined.sentences.map((s) => Boolean(s.alignment.joined))).toEqual(document.paragraphs[0]!.sentences.map((s) => s.id === "p1.s3"));
  });
});
