import { describe, expect, it } from "vitest";
import type { AnalyzedToken } from "@/lib/analysis/types";
import { createMeaningChain, type MeaningSources } from "@/lib/dictionary/chain";
import { indexDictionary } from "@/lib/dictionary/dictionary-index";
import { commonWordOf, knownMeaningsOf } from "@/lib/dictionary/meanings-of";
import { getMeaningChain } from "@/lib/dictionary/server";
import type { DictionaryEntry } from "@/lib/dictionary/types";
import { automaticGloss } from "@/lib/glossary/automatic";
import { indexLexicon } from "@/lib/glossary/lexicon";
import { lexicon } from "@/lib/glossary/schema";
import type { SentenceResult, Translator } from "@/lib/translate/types";

// Entries as the shipped dictionaries have them (checked against data/dictionaries on 2026-12-07).
const wiktionary = indexDictionary([
  { lemma: "valur", meaning: "gyrfalcon", wordClass: "noun" },
  { lemma: "auður", meaning: "empty", wordClass: "adjective" },
  { lemma: "björk", meaning: "birch tree", wordClass: "noun" },
  { lemma: "hekla", meaning: "crochet", wordClass: "verb" },
] satisfies DictionaryEntry[]);
const apertium = indexDictionary([
  { lemma: "valur", meaning: "falcon", wordClass: "noun", gender: "masculine" },
  { lemma: "Ísland", meaning: "Iceland", wordClass: "proper-noun" },
  { lemma: "Akureyri", meaning: "Akureyri", wordClass: "proper-noun" },
  { lemma: "Alþingi", meaning: "Althing", wordClass: "noun", gender: "neuter" },
  { lemma: "banki", meaning: "bank", wordClass: "noun", gender: "masculine" },
  { lemma: "land", meaning: "country", wordClass: "noun", gender: "neuter" },
] satisfies DictionaryEntry[]);
const editors = indexLexicon(lexicon.parse([{ id: "Írak:proper-noun", lemma: "Írak", pos: "proper-noun", gender: "neuter", meanings: ["Iraq"], source: "bin" }]));

/** A translator that answers "<lemma> (mt)" and records what it was asked. */
function recordingTranslator() {
  const asked: string[] = [];
  const translator: Translator = {
    id: "recording",
    async translate(sentences: readonly string[]): Promise<SentenceResult[]> {
      asked.push(...sentences);
      return sentences.map((s) => ({ ok: true, text: `${s} (mt)` }));
    },
  };
  return { translator, asked };
}

const sources: MeaningSources = { lexicon: editors, wiktionary, apertium };
const name = (form: string, lemma: string, extra: Partial<AnalyzedToken> = {}): AnalyzedToken => ({ kind: "name", form, start: 0, end: form.length, lemma, upos: "PROPN", ...extra });

describe("the meaning chain for a proper noun", () => {
  const chain = createMeaningChain(sources);

  it("never gives another word class's meaning as the name's", () => {
    expect(chain.knownMeaningsFor({ lemma: "Valur", upos: "PROPN" })).toEqual([]);
    expect(chain.knownMeaningsFor({ lemma: "Auður", upos: "PROPN" })).toEqual([]);
    expect(chain.knownMeaningsFor({ lemma: "Hekla", upos: "PROPN" })).toEqual([]);
    // a common noun with no meaning of its class still gets another's, marked (unchanged)
    expect(chain.knownMeaningsFor({ lemma: "auður", upos: "NOUN" })).toEqual([{ text: "empty", source: "wiktionary", otherClass: true }]);
  });

  it("keeps a name's own entry: the proper-noun class, or a headword spelled as the name", () => {
    expect(chain.knownMeaningsFor({ lemma: "Ísland", upos: "PROPN" })).toEqual([{ text: "Iceland", source: "apertium" }]);
    expect(chain.knownMeaningsFor({ lemma: "Alþingi", upos: "PROPN" })).toEqual([{ text: "Althing", source: "apertium" }]);
    expect(chain.knownMeaningsFor({ lemma: "Írak", upos: "PROPN" })).toEqual([{ text: "Iraq", source: "curated" }]);
  });

  it("drops a meaning that only repeats the name", () => {
    expect(chain.knownMeaningsFor({ lemma: "Akureyri", upos: "PROPN" })).toEqual([]);
  });

  it("glosses a name made of words by its parts, the last one as a noun", () => {
    const parts = [
      { form: "Lands", lemma: "land" },
      { form: "bankanum", lemma: "banki" },
    ];
    expect(chain.knownMeaningsFor({ lemma: "Landsbanki", upos: "PROPN", parts })).toEqual([{ text: "country + bank", source: "compound" }]);
    expect(chain.partMeanings(parts, "proper-noun").map((p) => p.meanings[0]?.text)).toEqual(["country", "bank"]);
  });

  it("does not send a name to machine translation", async () => {
    const { translator, asked } = recordingTranslator();
    const withMachine = createMeaningChain({ ...sources, translator });
    expect(await withMachine.meaningsFor({ lemma: "Valur", upos: "PROPN" })).toEqual([]);
    expect(await withMachine.meaningsFor({ lemma: "Sigríður", upos: "PROPN" })).toEqual([]);
    expect(await withMachine.meaningsFor({ lemma: "hestur", upos: "NOUN" })).toEqual([{ text: "hestur (mt)", source: "machine" }]);
    expect(asked).toEqual(["hestur"]);
  });
});

describe("an analysed name's meanings and gloss", () => {
  const chain = createMeaningChain(sources);
  const meaningsOf = knownMeaningsOf(chain);

  it("gives the common noun a name is spelled like apart from the name's own meanings", () => {
    expect(meaningsOf(name("Valur", "Valur"))).toEqual({
      meanings: [],
      asWord: {
        lemma: "valur",
        meanings: [
          { text: "falcon", source: "apertium" },
          { text: "gyrfalcon", source: "wiktionary" },
        ],
      },
    });
    expect(meaningsOf(name("Björk", "Björk")).asWord?.meanings[0]?.text).toBe("birch tree");
  });

  it("takes only a noun as the common word: not the adjective auður, nor the verb hekla", () => {
    expect(commonWordOf(chain, "Auður")).toBeUndefined();
    expect(commonWordOf(chain, "Hekla")).toBeUndefined();
    expect(commonWordOf(chain, "valur")).toBeUndefined(); // not a name: nothing to set apart
  });

  it("puts the name's kind and the common word into the gloss entry, with no meaning of its own", () => {
    const token = name("Valur", "Valur", { feats: { Case: "Nom", Gender: "Masc" }, name: { kind: "person", sort: "given", genders: ["Masc"] } });
    const found = meaningsOf(token);
    const glossed = automaticGloss(token, found.meanings, found.parts, found.asWord);
    expect(glossed?.entry).toMatchObject({
      id: "Valur:proper-noun",
      pos: "proper-noun",
      gender: "masculine",
      meanings: [],
      name: { kind: "person", sort: "given", genders: ["Masc"] },
      asWord: { lemma: "valur", meanings: [{ text: "falcon", source: "apertium" }, { text: "gyrfalcon", source: "wiktionary" }] },
    });
  });

  it("keeps a name's kind off a word the analysis did not take for a proper noun", () => {
    const glossed = automaticGloss({ kind: "word", form: "valur", start: 0, end: 5, lemma: "valur", upos: "NOUN", name: { kind: "person" } }, [{ text: "falcon", source: "apertium" }]);
    expect(glossed?.entry.name).toBeUndefined();
  });
});

describe("the shipped dictionaries and names", () => {
  const chain = getMeaningChain();

  it("give Valur, Auður and Akureyri no meaning of their own, and Ísland its English name", () => {
    expect(chain.knownMeaningsFor({ lemma: "Valur", upos: "PROPN" })).toEqual([]);
    expect(chain.knownMeaningsFor({ lemma: "Auður", upos: "PROPN" })).toEqual([]);
    expect(chain.knownMeaningsFor({ lemma: "Akureyri", upos: "PROPN" })).toEqual([]);
    expect(chain.knownMeaningsFor({ lemma: "Ísland", upos: "PROPN" }).map((m) => m.text)).toContain("Iceland");
    expect(commonWordOf(chain, "Valur")?.meanings.map((m) => m.text)).toContain("falcon");
  });
});
