import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { segment } from "@/lib/text/segment";
import { tokenize } from "@/lib/text/tokenize";

const sentencesOf = (text: string) => segment(text).flatMap((p) => p.sentences.map((s) => s.text));

describe("segment (smoke)", () => {
  it("splits the seed into 13 paragraphs and 17 sentences, as exact substrings", () => {
    const source = readFileSync("content/articles/drone-attack-anbar/source.is.txt", "utf8");
    const paragraphs = segment(source);
    expect(paragraphs).toHaveLength(13);
    expect(paragraphs.map((p) => p.sentences.length)).toEqual([2, 2, 1, 1, 2, 1, 1, 1, 2, 1, 1, 1, 1]);
    for (const sentence of paragraphs.flatMap((p) => p.sentences)) {
      expect(source.slice(sentence.start, sentence.end)).toBe(sentence.text);
    }
  });

  it.each([
    ["Hann kom 3. janúar. Hún fór.", ["Hann kom 3. janúar.", "Hún fór."]],
    ["Þetta er t.d. gott. Já.", ["Þetta er t.d. gott.", "Já."]],
    ["Jón G. Friðjónsson kom.", ["Jón G. Friðjónsson kom."]],
    ["Um 2.500 hermenn. Um 3,5 prósent.", ["Um 2.500 hermenn.", "Um 3,5 prósent."]],
    ["„Komdu,“ sagði hún. Hann kom.", ["„Komdu,“ sagði hún.", "Hann kom."]],
  ])("%s", (text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });

  it("tokenizes with offsets, keeping hyphenated words whole", () => {
    const [paragraph] = segment("Í Anbar-héraði voru 2.500 hermenn.");
    const tokens = tokenize(paragraph!.sentences[0]!);
    expect(tokens.filter((t) => t.kind === "word").map((t) => t.text)).toEqual(["Í", "Anbar-héraði", "voru", "hermenn"]);
    expect(tokens.find((t) => t.kind === "number")?.text).toBe("2.500");
    expect(tokens.map((t) => t.text).join("")).toBe("Í Anbar-héraði voru 2.500 hermenn.");
  });
});
