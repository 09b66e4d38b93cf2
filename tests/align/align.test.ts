import { describe, expect, it } from "vitest";
import { alignSentences, galeChurch } from "@/lib/align/align";
import type { Lexicon, Link } from "@/lib/align/types";

// A small news text and a faithful translation, written for these tests.
const is = [
  "Eldgos hófst á Reykjanesskaga skömmu fyrir miðnætti í gær, norðan við Grindavík.",
  "Sprungan er um 3,5 kílómetrar að lengd.",
  "Grindavík var rýmd í þriðja sinn á þessu ári.",
  "Um 3.700 manns búa í bænum.",
  "Bláa lónið var einnig rýmt og hótelgestir fluttir til Reykjavíkur.",
  "Enginn er talinn í hættu.",
  "Almannavarnir hafa lýst yfir neyðarstigi.",
  "Víðir Reynisson, sviðsstjóri almannavarna, segir að varnargarðarnir hafi haldið.",
];
const en = [
  "A volcanic eruption began on the Reykjanes peninsula shortly before midnight yesterday, north of Grindavík.",
  "The fissure is about 3.5 kilometres long.",
  "Grindavík was evacuated for the third time this year.",
  "About 3,700 people live in the town.",
  "The Blue Lagoon was also evacuated and hotel guests were taken to Reykjavík.",
  "No one is thought to be in danger.",
  "Civil Protection has declared a state of emergency.",
  "Víðir Reynisson, head of Civil Protection, says that the protective barriers have held.",
];
const oneToOne = (n: number): Link[] => Array.from({ length: n }, (_, i): Link => [[i], [i]]);

describe("alignSentences", () => {
  it("pairs a faithful translation one to one", () => {
    expect(alignSentences(is, en)).toEqual(oneToOne(8));
  });

  it("finds two Icelandic sentences merged into one English sentence (2–1)", () => {
    const merged = [...en.slice(0, 2), "Grindavík was evacuated for the third time this year; about 3,700 people live in the town.", ...en.slice(4)];
    expect(alignSentences(is, merged)).toEqual([[[0], [0]], [[1], [1]], [[2, 3], [2]], [[4], [3]], [[5], [4]], [[6], [5]], [[7], [6]]]);
  });

  it("finds one Icelandic sentence split into two English ones (1–2)", () => {
    const split = [...en.slice(0, 4), "The Blue Lagoon was also evacuated.", "Hotel guests were taken to Reykjavík.", ...en.slice(5)];
    expect(alignSentences(is, split)).toEqual([[[0], [0]], [[1], [1]], [[2], [2]], [[3], [3]], [[4], [4, 5]], [[5], [6]], [[6], [7]], [[7], [8]]]);
  });

  it("leaves out an Icelandic sentence the translation dropped (1–0)", () => {
    const dropped = [...en.slice(0, 3), ...en.slice(4)];
    expect(alignSentences(is, dropped)).toEqual([[[0], [0]], [[1], [1]], [[2], [2]], [[3], []], [[4], [3]], [[5], [4]], [[6], [5]], [[7], [6]]]);
  });

  it("leaves out an English sentence the translator added (0–1)", () => {
    const added = [...en.slice(0, 3), "Iceland has a population of about 390,000.", ...en.slice(3)];
    expect(alignSentences(is, added)).toEqual([[[0], [0]], [[1], [1]], [[2], [2]], [[], [3]], [[3], [4]], [[4], [5]], [[5], [6]], [[6], [7]], [[7], [8]]]);
  });

  it("handles a merge, a split and a drop in one translation", () => {
    const edited = [
      en[0]!,
      "The fissure is about 3.5 kilometres long, and Grindavík was evacuated for the third time this year.",
      en[3]!,
      "The Blue Lagoon was also evacuated.",
      "Hotel guests were taken to Reykjavík.",
      en[5]!,
      en[7]!,
    ];
    expect(alignSentences(is, edited)).toEqual([[[0], [0]], [[1, 2], [1]], [[3], [2]], [[4], [3, 4]], [[5], [5]], [[6], []], [[7], [6]]]);
  });

  it("uses an injected lexicon when lengths and names say nothing", () => {
    const isShort = ["Hundurinn gelti.", "Kötturinn svaf.", "Fuglinn söng."];
    const enShort = ["The cat slept.", "The bird sang."];
    const words: Record<string, string[]> = { hundurinn: ["dog"], kötturinn: ["cat"], svaf: ["slept"], fuglinn: ["bird"], söng: ["sang"], gelti: ["barked"] };
    const lexicon: Lexicon = (word) => words[word] ?? [];
    expect(alignSentences(isShort, enShort, { lexicon })).toEqual([[[0], []], [[1], [0]], [[2], [1]]]);
  });

  it("returns every sentence of both sides exactly once, in order", () => {
    const links = alignSentences(is, [...en.slice(0, 5), en[6]!]);
    expect(links.flatMap(([i]) => i)).toEqual(is.map((_, k) => k));
    expect(links.flatMap(([, e]) => e)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it("handles empty sides", () => {
    expect(alignSentences([], [])).toEqual([]);
    expect(alignSentences(["Já."], [])).toEqual([[[0], []]]);
    expect(alignSentences([], ["Yes."])).toEqual([[[], [0]]]);
  });

  it("aligns a long text (600 sentences each side) in a band without losing the diagonal", () => {
    const longIs = Array.from({ length: 600 }, (_, k) => is[k % is.length]!.replace(/\.$/u, ` ${k}.`));
    const longEn = Array.from({ length: 600 }, (_, k) => en[k % en.length]!.replace(/\.$/u, ` ${k}.`));
    expect(alignSentences(longIs, longEn)).toEqual(oneToOne(600));
  });
});

describe("known weaknesses, written down", () => {
  it("a drop right before a split is read as two 1–1 links when only a number speaks for it", () => {
    // Two unlikely beads in a row (1–0, then 1–2) cost more in priors than one unmatched number.
    const edited = [en[0]!, en[1]!, en[2]!, "The Blue Lagoon was also evacuated.", "Hotel guests were taken to Reykjavík.", ...en.slice(5)];
    expect(alignSentences(is, edited)).not.toContainEqual([[3], []]);
  });

  it("a dropped sentence with no numbers, names or known words next to a split reads as 2–2", () => {
    // "Enginn er talinn í hættu." has nothing to anchor it without a lexicon; its length
    // fits the split sentence's second half as well as nothing.
    const edited = [...en.slice(0, 4), "The Blue Lagoon was also evacuated.", "Hotel guests were taken to Reykjavík.", ...en.slice(6)];
    expect(alignSentences(is, edited)).toContainEqual([[4, 5], [4, 5]]);
  });
});

describe("galeChurch (plain, the baseline)", () => {
  it("pairs a faithful translation one to one on lengths alone", () => {
    expect(galeChurch(is, en)).toEqual(oneToOne(8));
  });

  it("absorbs a dropped sentence into a neighbour: the weakness the anchors fix", () => {
    const dropped = [...en.slice(0, 3), ...en.slice(4)];
    expect(galeChurch(is, dropped)).not.toContainEqual([[3], []]);
  });
});
