import { describe, expect, it } from "vitest";
import { createMeaningChain, type MeaningSources } from "@/lib/dictionary/chain";
import { indexDictionary } from "@/lib/dictionary/dictionary-index";
import type { DictionaryEntry } from "@/lib/dictionary/types";
import { indexLexicon } from "@/lib/glossary/lexicon";
import { lexicon } from "@/lib/glossary/schema";
import { TranslationError } from "@/lib/translate/errors";
import { withDiskCache } from "@/lib/translate/cache";
import type { SentenceResult, Translator } from "@/lib/translate/types";
import { unavailableTranslator } from "@/lib/translate/unavailable";
import { tempDir } from "../support/temp-dir";

const curatedLexicon = indexLexicon(
  lexicon.parse([
    { id: "dróni:noun", lemma: "dróni", pos: "noun", gender: "masculine", meanings: ["drone"], source: "bin" },
    { id: "beina:verb", lemma: "beina", pos: "verb", meanings: ["direct", "aim"], source: "bin" },
  ]),
);

const wiktionary = indexDictionary([
  { lemma: "dróni", meaning: "drone bee", wordClass: "noun" },
  { lemma: "árás", meaning: "attack", wordClass: "noun" },
  { lemma: "skjóta", meaning: "shoot", wordClass: "verb" },
  { lemma: "sprengja", meaning: "bomb", wordClass: "noun" },
  { lemma: "harður", meaning: "inclement", wordClass: "adjective" },
  { lemma: "harður", meaning: "remorseless", wordClass: "adjective" },
] satisfies DictionaryEntry[]);

const apertium = indexDictionary([
  { lemma: "árás", meaning: "Attack", wordClass: "noun", gender: "feminine" },
  { lemma: "árás", meaning: "assault", wordClass: "noun", gender: "feminine" },
  { lemma: "sprengja", meaning: "blow up", wordClass: "verb" },
  { lemma: "skjóta", meaning: "shot", wordClass: "noun" },
  { lemma: "hérað", meaning: "district", wordClass: "noun", gender: "neuter" },
  { lemma: "stöð", meaning: "station", wordClass: "noun", gender: "feminine" },
  { lemma: "harður", meaning: "hard", wordClass: "adjective" },
] satisfies DictionaryEntry[]);

const sources: MeaningSources = { lexicon: curatedLexicon, wiktionary, apertium };

/** A translator that answers "<lemma> (mt)" and counts what it was asked. */
function fakeTranslator(fail = false) {
  const asked: string[] = [];
  const translator: Translator = {
    id: "fake",
    async translate(sentences: readonly string[]): Promise<SentenceResult[]> {
      asked.push(...sentences);
      return sentences.map((s) => (fail ? { ok: false, error: new TranslationError("service", "down") } : { ok: true, text: `${s} (mt)` }));
    },
  };
  return { translator, asked };
}

describe("the meaning chain", () => {
  it("takes the curated lexicon first and stops there", async () => {
    const chain = createMeaningChain(sources);
    expect(await chain.meaningsFor({ lemma: "dróni", upos: "NOUN" })).toEqual([{ text: "drone", source: "curated" }]);
  });

  it("then Wiktionary before Apertium, without repeating a meaning that reads the same", async () => {
    const chain = createMeaningChain(sources);
    expect(await chain.meaningsFor({ lemma: "árás", upos: "NOUN" })).toEqual([
      { text: "attack", source: "wiktionary" },
      { text: "assault", source: "apertium" },
    ]);
  });

  it("puts Apertium's default sense before Wiktionary's alphabetical ones, unless asked for source order", () => {
    const texts = (ranking?: "source-order") => createMeaningChain({ ...sources, ...(ranking && { ranking }) }).knownMeaningsFor({ lemma: "harður", upos: "ADJ" });
    expect(texts()).toEqual([
      { text: "hard", source: "apertium" },
      { text: "inclement", source: "wiktionary" },
      { text: "remorseless", source: "wiktionary" },
    ]);
    expect(texts("source-order").map((m) => m.text)).toEqual(["inclement", "remorseless", "hard"]);
  });

  it("keeps the meanings of the asked word class across both dictionaries", () => {
    const chain = createMeaningChain(sources);
    expect(chain.knownMeaningsFor({ lemma: "sprengja", upos: "VERB" })).toEqual([{ text: "blow up", source: "apertium" }]);
    expect(chain.knownMeaningsFor({ lemma: "sprengja", pos: "noun" })).toEqual([{ text: "bomb", source: "wiktionary" }]);
    expect(chain.knownMeaningsFor({ lemma: "skjóta", upos: "AUX" })).toEqual([{ text: "shoot", source: "wiktionary" }]);
  });

  it("prefers a dictionary's meaning in the word's class to an editor's in another class", () => {
    // The editors wrote the verb beina "direct"; a noun beina (as if a dictionary knew one) keeps
    // the dictionary's noun meaning rather than the verb's; with no other source, the editor's stands.
    const withNoun = indexDictionary([{ lemma: "beina", meaning: "bone (as a noun)", wordClass: "noun" }] satisfies DictionaryEntry[]);
    const chain = createMeaningChain({ ...sources, apertium: withNoun });
    expect(chain.knownMeaningsFor({ lemma: "beina", upos: "NOUN" })).toEqual([{ text: "bone (as a noun)", source: "apertium" }]);
    expect(chain.knownMeaningsFor({ lemma: "beina", upos: "VERB" }).map((m) => m.text)).toEqual(["direct", "aim"]);
    expect(createMeaningChain(sources).knownMeaningsFor({ lemma: "beina", upos: "NOUN" })[0]).toEqual({ text: "direct", source: "curated", otherClass: true });
  });

  it("falls back to any class when none matches, and to every class without one", () => {
    const chain = createMeaningChain(sources);
    expect(chain.knownMeaningsFor({ lemma: "hérað", upos: "ADJ" })).toEqual([{ text: "district", source: "apertium", otherClass: true }]);
    expect(chain.knownMeaningsFor({ lemma: "sprengja" }).map((m) => m.text).sort()).toEqual(["blow up", "bomb"]);
  });

  it("gives a verb no other class's meaning: the noun spelled like it is another word", () => {
    // læða is "female cat" as a noun; the verb (læðast "sneak") is not in these dictionaries
    const chain = createMeaningChain({ ...sources, wiktionary: indexDictionary([{ lemma: "læða", meaning: "female cat", wordClass: "noun" }] satisfies DictionaryEntry[]) });
    expect(chain.knownMeaningsFor({ lemma: "læða", upos: "VERB" })).toEqual([]);
    expect(chain.knownMeaningsFor({ lemma: "læða", upos: "NOUN" })).toEqual([{ text: "female cat", source: "wiktionary" }]);
  });

  it("finds lemmas whatever their case and Unicode form", () => {
    const chain = createMeaningChain(sources);
    expect(chain.knownMeaningsFor({ lemma: "A\u0301ra\u0301s" })[0]).toEqual({ text: "attack", source: "wiktionary" });
  });

  it("builds a compound meaning from its parts when no dictionary knows the word", async () => {
    const chain = createMeaningChain(sources);
    const parts = [
      { form: "sprengju", lemma: "sprengja" },
      { form: "dróni", lemma: "dróni" },
    ];
    expect(await chain.meaningsFor({ lemma: "sprengjudróni", upos: "NOUN", parts })).toEqual([{ text: "bomb + drone", source: "compound" }]);
    const named = [
      { form: "Anbar", lemma: "Anbar" },
      { form: "hérað", lemma: "hérað" },
    ];
    expect(chain.knownMeaningsFor({ lemma: "Anbar-hérað", upos: "PROPN", parts: named })).toEqual([{ text: "Anbar + district", source: "compound" }]);
    expect(chain.partMeanings(parts, "noun").map((p) => [p.part.lemma, p.meanings[0]?.source])).toEqual([
      ["sprengja", "wiktionary"],
      ["dróni", "curated"],
    ]);
  });

  it("joins a compound from each part's first sense, without the examples an editor wrote", () => {
    const editors = indexLexicon(
      lexicon.parse([
        { id: "útgerð:noun", lemma: "útgerð", pos: "noun", gender: "feminine", meanings: ["fishing company, boat operator; the running of fishing boats"], source: "bin" },
        { id: "félag:noun", lemma: "félag", pos: "noun", gender: "neuter", meanings: ["association (íþróttafélag 'sports club'); company"], source: "bin" },
      ]),
    );
    const chain = createMeaningChain({ ...sources, lexicon: editors });
    const parts = [
      { form: "útgerðar", lemma: "útgerð" },
      { form: "félag", lemma: "félag" },
    ];
    expect(chain.knownMeaningsFor({ lemma: "útgerðarfélag", upos: "NOUN", parts })).toEqual([{ text: "fishing company, boat operator + association", source: "compound" }]);
  });

  it("gives the compound's class to its head only", () => {
    const chain = createMeaningChain(sources);
    const parts = [
      { form: "sprengju", lemma: "sprengja" },
      { form: "skjóta", lemma: "skjóta" },
    ];
    // A made-up verb compound: the head is read as a verb, the first part as a noun ("bomb",
    // not the verb "blow up" the whole word's class would pick).
    expect(chain.knownMeaningsFor({ lemma: "sprengjuskjóta", upos: "VERB", parts })).toEqual([{ text: "bomb + shoot", source: "compound" }]);
  });

  it("has no meaning for an unknown word without parts when no provider is configured", async () => {
    expect(await createMeaningChain(sources).meaningsFor({ lemma: "flugskeyti", upos: "NOUN" })).toEqual([]);
    const none = createMeaningChain({ ...sources, translator: unavailableTranslator });
    expect(await none.meaningsFor({ lemma: "flugskeyti", upos: "NOUN" })).toEqual([]);
  });

  it("never asks the translator when the provider is 'none'", async () => {
    const asked: string[] = [];
    const spy: Translator = { id: "none", translate: async (s) => (asked.push(...s), unavailableTranslator.translate(s, { from: "is", to: "en" })) };
    await createMeaningChain({ ...sources, translator: spy }).meaningsFor({ lemma: "flugskeyti" });
    expect(asked).toEqual([]);
  });

  it("asks a configured translator last, labels its meaning 'machine' and asks once per lemma", async () => {
    const { translator, asked } = fakeTranslator();
    const chain = createMeaningChain({ ...sources, translator });
    expect(await chain.meaningsFor({ lemma: "árás" })).toHaveLength(2);
    const first = await chain.meaningsFor({ lemma: "flugskeyti", upos: "NOUN" });
    const again = await chain.meaningsFor({ lemma: "flugskeyti", upos: "NOUN" });
    expect(first).toEqual([{ text: "flugskeyti (mt)", source: "machine" }]);
    expect(again).toEqual(first);
    expect(asked).toEqual(["flugskeyti"]);
  });

  it("keeps machine meanings on disk through the translator's cache, across chains", async () => {
    const dir = tempDir("meaning-cache-");
    const { translator, asked } = fakeTranslator();
    await createMeaningChain({ ...sources, translator: withDiskCache(translator, dir) }).meaningsFor({ lemma: "eldflaug" });
    const later = await createMeaningChain({ ...sources, translator: withDiskCache(translator, dir) }).meaningsFor({ lemma: "eldflaug" });
    expect(later).toEqual([{ text: "eldflaug (mt)", source: "machine" }]);
    expect(asked).toEqual(["eldflaug"]);
  });

  it("does not remember a failed machine translation", async () => {
    const { translator, asked } = fakeTranslator(true);
    const chain = createMeaningChain({ ...sources, translator });
    expect(await chain.meaningsFor({ lemma: "eldflaug" })).toEqual([]);
    expect(await chain.meaningsFor({ lemma: "eldflaug" })).toEqual([]);
    expect(asked).toEqual(["eldflaug", "eldflaug"]);
  });
});
