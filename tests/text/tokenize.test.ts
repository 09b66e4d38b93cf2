import { describe, expect, it } from "vitest";
import { segment } from "@/lib/text/segment";
import { tokenize } from "@/lib/text/tokenize";

function tokensOf(text: string) {
  const sentence = segment(text)[0]?.sentences[0];
  if (!sentence) throw new Error("no sentence");
  return tokenize(sentence);
}

/** Lute-style readable spec: tokens joined by "/". */
const spec = (text: string) => tokensOf(text).map((t) => t.text).join("/");

describe("tokenize", () => {
  it("splits words, spaces and punctuation", () => {
    expect(spec("Tveimur sprengjudrónum var beint.")).toBe("Tveimur/ /sprengjudrónum/ /var/ /beint/.");
  });

  it("keeps hyphenated words whole", () => {
    expect(spec("Í Anbar-héraði og Mið-Austurlöndunum.")).toBe("Í/ /Anbar-héraði/ /og/ /Mið-Austurlöndunum/.");
    expect(spec("Þetta sagði fréttastofa-AFP.")).toBe("Þetta/ /sagði/ /fréttastofa-AFP/.");
  });

  it("keeps numbers with their separators", () => {
    const tokens = tokensOf("Um 2.500 hermenn og 3,5 prósent.");
    expect(tokens.filter((t) => t.kind === "number").map((t) => t.text)).toEqual(["2.500", "3,5"]);
  });

  it("treats Icelandic letters as letters", () => {
    const words = tokensOf("Þórður ók æðislega á Öræfi.").filter((t) => t.kind === "word");
    expect(words.map((t) => t.text)).toEqual(["Þórður", "ók", "æðislega", "á", "Öræfi"]);
  });

  it("gives every token its offset in the source and a stable id", () => {
    const source = "Fyrsta.\nHann kom „heim“ í gær.";
    const sentence = segment(source)[1]!.sentences[0]!;
    const tokens = tokenize(sentence);
    for (const token of tokens) expect(source.slice(token.start, token.end)).toBe(token.text);
    expect(tokens.map((t) => t.text).join("")).toBe(sentence.text);
    expect(tokens[0]?.id).toBe("p2.s1.t1");
    expect(tokens.find((t) => t.text === "„")?.kind).toBe("punctuation");
  });
});
