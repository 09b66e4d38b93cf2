import { describe, expect, it } from "vitest";
import { anchorCost } from "@/lib/align/anchor-cost";
import { englishAnchors, icelandicAnchors, nameKey } from "@/lib/align/anchors";
import { scoreLinks } from "@/lib/align/evaluate";
import { lengthCost, standardModel } from "@/lib/align/length-cost";

describe("anchors", () => {
  it("read Icelandic and English number formats as the same number", () => {
    expect(icelandicAnchors("Um 2.500 hermenn og 3,5 prósent, þrír menn.").numbers).toEqual(["2500", "35", "3"]);
    expect(englishAnchors("About 2,500 soldiers and 3.5 percent, three men.").numbers).toEqual(["2500", "35", "3"]);
  });

  it("fold inflected and foreign spellings of a name to one key", () => {
    expect(nameKey("Íraks")).toBe(nameKey("Iraq"));
    expect(nameKey("Gasa")).toBe(nameKey("Gaza"));
    expect(nameKey("Jórdaníu")).toBe(nameKey("Jordan"));
  });

  it("make a true pair cheaper than a wrong one, and an exonym counts as the name", () => {
    const is = icelandicAnchors("Liðið mætir Þýskalandi á laugardag klukkan 17.");
    const right = anchorCost([is], [englishAnchors("The team will face Germany on Saturday at 17.")]);
    const wrong = anchorCost([is], [englishAnchors("The fissure is about 3.5 kilometres long.")]);
    expect(right).toBeLessThan(0);
    expect(wrong).toBeGreaterThan(right);
  });

  it("charge a sentence left out nothing beyond its prior", () => {
    expect(anchorCost([icelandicAnchors("Um 3.700 manns búa í bænum.")], [])).toBe(0);
  });
});

describe("lengthCost", () => {
  it("is lowest when the English length is what the model expects", () => {
    expect(lengthCost(100, 100, standardModel)).toBeLessThan(lengthCost(100, 150, standardModel));
    expect(lengthCost(100, 150, standardModel)).toBeLessThan(lengthCost(100, 250, standardModel));
  });

  it("charges a left-out sentence like Gale and Church, or only its prior", () => {
    expect(lengthCost(80, 0, standardModel)).toBeGreaterThan(100);
    expect(lengthCost(80, 0, standardModel, "prior")).toBe(0);
  });
});

describe("scoreLinks", () => {
  it("counts a link right only when both sides match exactly", () => {
    const score = scoreLinks([{ predicted: [[[0], [0]], [[1, 2], [1]]], gold: [[[0], [0]], [[1], [1]], [[2], []]] }]);
    expect(score).toMatchObject({ correct: 1, predicted: 2, gold: 3, precision: 0.5 });
    expect(score.recall).toBeCloseTo(1 / 3);
  });
});
