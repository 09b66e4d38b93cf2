import { describe, expect, it } from "vitest";
import { createGreynirAnalyzer, splitForWorkers } from "@/lib/analysis/greynir-analyzer";

const sentence = "Hermennirnir féllu í árásinni á herstöðina í gær og margir særðust. ";

describe("splitForWorkers", () => {
  it("keeps a short text whole", () => {
    expect(splitForWorkers("Hún les. Hann skrifar.", 4)).toEqual([{ start: 0, text: "Hún les. Hann skrifar." }]);
  });

  it("cuts a long text between sentences into pieces that cover it", () => {
    const text = sentence.repeat(40).trim();
    const pieces = splitForWorkers(text, 4);
    expect(pieces.length).toBeGreaterThanOrEqual(4);
    expect(pieces.length).toBeLessThanOrEqual(5);
    for (const piece of pieces) {
      expect(text.slice(piece.start, piece.start + piece.text.length)).toBe(piece.text);
      expect(piece.text.endsWith(".")).toBe(true);
    }
  });
});

describe("createGreynirAnalyzer", () => {
  it("shifts each piece's offsets back into the whole text", async () => {
    const text = sentence.repeat(40).trim();
    // A stand-in worker that returns each word with offsets into the piece it was given.
    const worker = {
      analyze: async (piece: string) => ({
        id: 1, sentences: 1, parsed: 1,
        tokens: [...piece.matchAll(/\p{L}+/gu)].map((m) => ({ kind: "word" as const, form: m[0], start: m.index!, end: m.index! + m[0].length })),
      }),
    };
    const { tokens, engine } = await createGreynirAnalyzer(worker, 2).analyze(text);
    expect(engine).toBe("greynir");
    expect(tokens).toHaveLength(40 * 11);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.form);
  });
});
