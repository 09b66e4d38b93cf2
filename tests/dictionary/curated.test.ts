import { readFileSync } from "node:fs";
import { BinaryLemmatizer } from "lemma-is";
import { describe, expect, it } from "vitest";
import { CURATED_FILES, readCuratedEntries } from "@/lib/dictionary/curated";
import { getMeaningChain } from "@/lib/dictionary/server";
import { posFits } from "@/lib/glossary/lexicon";
import { patternElement } from "@/lib/glossary/phrases";

const core = readCuratedEntries(CURATED_FILES.core);
const lexicon = readCuratedEntries(CURATED_FILES.lexicon);
const phrases = readCuratedEntries(CURATED_FILES.phrases);

function loadBin() {
  const buffer = readFileSync("node_modules/lemma-is/data-dist/lemma-is.core.bin");
  return BinaryLemmatizer.loadFromBuffer(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength));
}

describe("the core vocabulary (content/glossary/core.json)", () => {
  it("holds words only, none the articles' lexicon already has", () => {
    expect(core.length).toBeGreaterThan(0);
    expect(core.filter((entry) => entry.pos === "phrase")).toEqual([]);
    const inLexicon = new Set(lexicon.map((entry) => entry.id));
    expect(core.filter((entry) => inLexicon.has(entry.id)).map((entry) => entry.id)).toEqual([]);
    expect(new Set(core.map((entry) => entry.id)).size).toBe(core.length);
  });

  it("names BÍN headwords in their word class", () => {
    const bin = loadBin();
    const known = new Set(bin.getAllLemmas());
    // lemma-is's compact data has no class for the infinitive marker (BÍN's nhm): a particle
    // need only be a headword there.
    const inBin = (lemma: string, pos: Parameters<typeof posFits>[1]) =>
      known.has(lemma) && (pos === "particle" || bin.lemmatizeWithPOS(lemma).some((candidate) => candidate.lemma === lemma && posFits(candidate.pos, pos)));
    expect(core.filter((entry) => entry.source === "bin" && !inBin(entry.lemma, entry.pos)).map((entry) => entry.id)).toEqual([]);
  });

  it("marks a lemma the analysis gives outside BÍN as curated, and says why", () => {
    const bin = loadBin();
    const outside = core.filter((entry) => entry.source !== "bin");
    // Adverbial ekkert: Greynir and the GC treebank lemmatise it so, BÍN only under enginn.
    expect(outside.map((entry) => entry.id)).toEqual(["ekkert:adverb"]);
    for (const entry of outside) {
      expect(entry.note).toMatch(/BÍN/);
      expect(bin.lemmatizeWithPOS(entry.lemma).some((candidate) => candidate.lemma === entry.lemma && posFits(candidate.pos, entry.pos))).toBe(false);
    }
  });

  it("comes before the dictionaries in the meaning chain", () => {
    const chain = getMeaningChain();
    // Written from usage, not from the file: what a learner must see first for the commonest words.
    const first = (lemma: string, upos: "NOUN" | "PRON" | "VERB") => chain.knownMeaningsFor({ lemma, upos })[0];
    expect(first("maður", "NOUN")).toMatchObject({ source: "curated" });
    expect(first("maður", "NOUN")?.text).toMatch(/^man\b/);
    expect(first("ég", "PRON")?.text).toMatch(/^I\b/);
    expect(first("geta", "VERB")?.text).toMatch(/^can\b/);
    // The infinitive marker is "to", never the conjunction's "that".
    expect(chain.knownMeaningsFor({ lemma: "að", upos: "PART" }).map((m) => m.text)).toEqual([expect.stringMatching(/^to\b/)]);
    expect(chain.knownMeaningsFor({ lemma: "að", upos: "SCONJ" })[0]?.text).toMatch(/^that\b/);
  });
});

describe("the fixed expressions for any text (content/glossary/phrases.json)", () => {
  it("holds phrases only, none the articles' lexicon already has; a word class after @ is a UD one", () => {
    expect(phrases.length).toBeGreaterThan(0);
    const classes = phrases.flatMap((entry) => (entry.pattern ?? []).map((element) => patternElement(element).wordClass).filter((c) => c !== undefined));
    expect(classes.length).toBeGreaterThan(0);
    expect(classes.filter((c) => !["ADP", "ADV", "SCONJ", "CCONJ", "PART", "PRON", "DET", "NOUN", "VERB", "AUX", "ADJ", "NUM"].includes(c))).toEqual([]);
    expect(phrases.filter((entry) => entry.pos !== "phrase").map((entry) => entry.id)).toEqual([]);
    const inLexicon = new Set(lexicon.map((entry) => entry.id));
    expect(phrases.filter((entry) => inLexicon.has(entry.id)).map((entry) => entry.id)).toEqual([]);
  });

  it("spells every fixed word of a pattern as BÍN has it: a headword or one of its forms", () => {
    const bin = loadBin();
    const known = new Set(bin.getAllLemmas());
    const words = phrases.flatMap((entry) => (entry.pattern ?? []).filter((element) => element !== "*").map((element) => patternElement(element).word));
    const unknown = words.filter((word) => !known.has(word) && bin.lemmatize(word).length === 0);
    expect(unknown).toEqual([]);
  });

  it("are read with the articles' own expressions, for every analysed text", async () => {
    const { readEditorPhrases } = await import("@/lib/dictionary/curated");
    const index = readEditorPhrases();
    // Both files: an expression written for any text and one from the article's lexicon.
    expect(index.phrases.map((entry) => entry.id)).toEqual(expect.arrayContaining(["eins og:phrase", "draga úr:phrase"]));
  });
});
