import { describe, expect, it } from "vitest";
import { prepareText, type PreparedText } from "@/lib/texts/prepare";

function prepared(text: string, translation?: string): PreparedText {
  const result = prepareText({ text, translation });
  if (!result.ok) throw new Error(`not prepared: ${result.issues.map((i) => i.code).join(", ")}`);
  return result.prepared;
}

const raw = "Eldgos hafið\r\n\r\nEldgos hófst á Reykjanesskaga í gær, norðan við Grinda\u00ADvík. Um 3.700 manns búa í\r\nbænum.\r\n\r\nEnginn er talinn í hættu.";
const english = "Eruption under way\n\nA volcanic eruption began on the Reykjanes peninsula yesterday, north of Grindavík. About 3,700 people live in the town.\n\nNo one is thought to be in danger.";

describe("prepareText", () => {
  it("normalises, lays out paragraphs and splits sentences with ids", () => {
    const result = prepared(raw);
    expect(result.text).toBe("Eldgos hafið\nEldgos hófst á Reykjanesskaga í gær, norðan við Grindavík. Um 3.700 manns búa í bænum.\nEnginn er talinn í hættu.");
    expect(result.sentences.map((s) => [s.id, s.text])).toEqual([
      ["p1.s1", "Eldgos hafið"],
      ["p2.s1", "Eldgos hófst á Reykjanesskaga í gær, norðan við Grindavík."],
      ["p2.s2", "Um 3.700 manns búa í bænum."],
      ["p3.s1", "Enginn er talinn í hættu."],
    ]);
  });

  it("keeps each sentence's offsets into the raw text as pasted", () => {
    const result = prepared(raw);
    const originals = result.sentences.map((s) => raw.slice(s.original.start, s.original.end));
    expect(originals).toEqual(["Eldgos hafið", "Eldgos hófst á Reykjanesskaga í gær, norðan við Grinda\u00ADvík.", "Um 3.700 manns búa í\r\nbænum.", "Enginn er talinn í hættu."]);
    for (const s of result.sentences) expect(result.text.slice(s.start, s.end)).toBe(s.text);
  });

  it("splits the English into sentences and aligns it to the Icelandic rows", () => {
    const result = prepared(raw, english);
    expect(result.english).toHaveLength(4);
    expect(result.links).toEqual([[[0], [0]], [[1], [1]], [[2], [2]], [[3], [3]]]);
    expect(result.rows.map((row) => [row.sentenceIds, row.en])).toEqual([
      [["p1.s1"], "Eruption under way"],
      [["p2.s1"], "A volcanic eruption began on the Reykjanes peninsula yesterday, north of Grindavík."],
      [["p2.s2"], "About 3,700 people live in the town."],
      [["p3.s1"], "No one is thought to be in danger."],
    ]);
    expect(result.sentences.map((s) => s.row)).toEqual([0, 1, 2, 3]);
  });

  it("puts two Icelandic sentences in one row when the English merged them", () => {
    const merged = "Eruption under way\n\nA volcanic eruption began on the Reykjanes peninsula yesterday, north of Grindavík, where about 3,700 people live.\n\nNo one is thought to be in danger.";
    const result = prepared(raw, merged);
    expect(result.rows.map((row) => row.sentenceIds)).toEqual([["p1.s1"], ["p2.s1", "p2.s2"], ["p3.s1"]]);
    expect(result.sentences.map((s) => s.row)).toEqual([0, 1, 1, 2]);
  });

  it("gives every sentence a row with empty English when there is no translation", () => {
    const result = prepared(raw);
    expect(result.links).toEqual([[[0], []], [[1], []], [[2], []], [[3], []]]);
    expect(result.rows.every((row) => row.en === "")).toBe(true);
  });

  it("keeps English abbreviations inside their sentence", () => {
    const result = prepared("Hann hitti Smith lækni í Washington.", "He met Dr. Smith in Washington D.C. on Monday.");
    expect(result.english).toEqual(["He met Dr. Smith in Washington D.C. on Monday."]);
  });

  it("refuses bad input with coded issues and no result", () => {
    expect(prepareText({ text: "  " })).toEqual({ ok: false, issues: [{ code: "empty", severity: "error", field: "text" }] });
    const binary = prepareText({ text: "\u0000\u0001\u0002 gögn" });
    expect(binary.ok).toBe(false);
    expect(binary.issues.map((i) => i.code)).toEqual(["binary"]);
  });

  it("goes on with warnings: markup stays text, a far-off translation is flagged", () => {
    const many = Array.from({ length: 12 }, (_, k) => `Setning númer ${k + 1} er hér.`).join(" ");
    const result = prepareText({ text: `<b>Fyrirsögn</b>\n${many}`, translation: "Only one sentence." });
    expect(result.ok).toBe(true);
    expect(result.issues.map((i) => i.code)).toEqual(["markup", "sentence-count-mismatch"]);
    if (result.ok) expect(result.prepared.sentences[0]?.text).toBe("<b>Fyrirsögn</b>");
  });
});
