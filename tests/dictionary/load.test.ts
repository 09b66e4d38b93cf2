import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { entriesOf } from "@/lib/dictionary/dictionary-index";
import { defaultDictionaryDir, readDictionaries } from "@/lib/dictionary/load";
import { getMeaningChain } from "@/lib/dictionary/server";

describe("the shipped dictionaries", () => {
  const dictionaries = readDictionaries();

  it("travel with their licences and provenance", () => {
    const dir = defaultDictionaryDir();
    for (const file of ["apertium-isl-eng/COPYING", "apertium-isl-eng/AUTHORS", "apertium-isl-eng/SOURCE.md", "wiktionary-en-is/LICENSE.md"]) {
      expect(existsSync(path.join(dir, file)), file).toBe(true);
    }
    expect(readFileSync(path.join(dir, "apertium-isl-eng/COPYING"), "utf8")).toMatch(/GNU GENERAL PUBLIC LICENSE\s+Version 3/);
    expect(readFileSync(path.join(dir, "wiktionary-en-is/LICENSE.md"), "utf8")).toMatch(/Attribution-ShareAlike 4\.0/);
  });

  it("read the real files into entries with word classes", () => {
    expect(entriesOf(dictionaries.apertium.index, "árás")).toContainEqual({ lemma: "árás", meaning: "attack", wordClass: "noun", gender: "feminine" });
    expect(entriesOf(dictionaries.wiktionary.index, "ábóti")).toContainEqual({ lemma: "ábóti", meaning: "abbot", wordClass: "noun" });
    // SOURCE.md and LICENSE.md state ~17,700 and 10,192 headwords.
    expect(dictionaries.apertium.index.size).toBeGreaterThan(15_000);
    expect(dictionaries.wiktionary.index.size).toBeGreaterThan(9_000);
  });

  it("keeps fixed expressions, looked up whole", () => {
    expect(entriesOf(dictionaries.apertium.index, "til dæmis")).toContainEqual({ lemma: "til dæmis", meaning: "for example", wordClass: "adverb" });
    expect(entriesOf(dictionaries.wiktionary.index, "á morgun")).toContainEqual({ lemma: "á morgun", meaning: "tomorrow", wordClass: "adverb" });
  });

  it("no headword or meaning keeps a tag or stray spaces", () => {
    for (const { index } of [dictionaries.apertium, dictionaries.wiktionary]) {
      for (const entries of index.byLemma.values()) {
        for (const entry of entries) {
          // one word, or a fixed expression with single plain spaces ("til dæmis")
          expect(entry.lemma).not.toMatch(/[<>]|^\s|\s$|\s\s|[^\S ]/);
          expect(entry.meaning).not.toMatch(/[<>]|^\s|\s$|\s\s/);
          expect(entry.lemma).toBe(entry.lemma.normalize("NFC"));
        }
      }
    }
  });
});

describe("getMeaningChain (the server's chain)", () => {
  it("glosses the built-in article's words from the lexicon and the dictionaries, and nothing by machine without a provider", async () => {
    const chain = getMeaningChain();
    expect((await chain.meaningsFor({ lemma: "sprengjudróni", upos: "NOUN" }))[0]?.source).toBe("curated");
    expect(await chain.meaningsFor({ lemma: "hestur", upos: "NOUN" })).toEqual([{ text: "horse", source: "wiktionary" }]);
    expect(await chain.meaningsFor({ lemma: "hvarmur", upos: "NOUN" })).toEqual([{ text: "eyelid", source: "apertium" }]);
    expect(await chain.meaningsFor({ lemma: "xyzþþq", upos: "NOUN" })).toEqual([]);
  });
});
