import { describe, expect, it } from "vitest";
import { parseWiktionaryTsv } from "@/lib/dictionary/wiktionary";

describe("parseWiktionaryTsv", () => {
  it("reads the english, icelandic, POS columns the other way round, with word classes", () => {
    const { entries } = parseWiktionaryTsv("abbot\tábóti\tNoun\nabbreviate\tskammstafa\tVerb\nable to swim\tsyndur\tAdjective\n");
    expect(entries).toEqual([
      { lemma: "ábóti", meaning: "abbot", wordClass: "noun" },
      { lemma: "skammstafa", meaning: "abbreviate", wordClass: "verb" },
      { lemma: "syndur", meaning: "able to swim", wordClass: "adjective" },
    ]);
  });

  it("normalises to NFC and keeps the diacritics", () => {
    const decomposed = "a\u0301bo\u0301ti"; // "ábóti" with combining accents
    const { entries } = parseWiktionaryTsv(`abbot\t${decomposed}\tNoun\r\n`);
    expect(entries[0]?.lemma).toBe("ábóti");
    expect(entries[0]?.lemma).toHaveLength(5);
  });

  it("drops blank lines and repeats, keeps and counts fixed expressions; an unknown POS keeps the pair without a class", () => {
    const { entries, report } = parseWiktionaryTsv("about\tum það bil\tPreposition\n\nabbot\tábóti\tNoun\nabbot\tábóti\tNoun\nhi\thæ\tPhrase\n");
    expect(entries).toEqual([
      { lemma: "um það bil", meaning: "about", wordClass: "preposition" },
      { lemma: "ábóti", meaning: "abbot", wordClass: "noun" },
      { lemma: "hæ", meaning: "hi" },
    ]);
    expect(report).toMatchObject({ kept: 3, duplicates: 1, multiWordHeadwords: 1 });
  });

  it("drops brackets the extraction left unbalanced, and keeps balanced ones", () => {
    const { entries } = parseWiktionaryTsv("neither )\thvorki\tConjunction\nhill (small)\thóll\tNoun\n");
    expect(entries.map((e) => e.meaning)).toEqual(["neither", "hill (small)"]);
  });
});
