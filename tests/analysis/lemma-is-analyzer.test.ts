import { describe, expect, it } from "vitest";
import { createLemmaIsAnalyzer } from "@/lib/analysis/lemma-is-analyzer";
import { lemmaIs } from "@/lib/lemma/lemma-is";

describe("createLemmaIsAnalyzer", () => {
  const analyzer = createLemmaIsAnalyzer(lemmaIs());

  it("gives every token its offsets, words a lemma and no grammar", async () => {
    const text = "Tveimur sprengjudrónum var skotið niður, 2.500 😀.";
    const { tokens, engine, automatic } = await analyzer.analyze(text);
    expect(engine).toBe("lemma-is");
    expect(automatic).toBe(true);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.form);
    expect(tokens.map((t) => t.kind)).toEqual(["word", "word", "word", "word", "word", "punctuation", "number", "symbol", "punctuation"]);
    expect(tokens[1]).toMatchObject({ lemma: "sprengjudróni", upos: "NOUN", feats: {} });
    expect(tokens[2]?.lemma === "vera" || tokens[2]?.otherReadings?.some((r) => r.lemma === "vera")).toBe(true);
  });
});
