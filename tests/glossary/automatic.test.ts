import { describe, expect, it } from "vitest";
import { automaticGloss } from "@/lib/glossary/automatic";

describe("an automatic gloss", () => {
  it("carries lemma, word class, gender, meanings with sources, parts, features, other readings and governor", () => {
    const glossed = automaticGloss(
      {
        kind: "word",
        form: "flugvellinum",
        start: 0,
        end: 12,
        lemma: "flugvöllur",
        upos: "NOUN",
        feats: { Case: "Dat", Number: "Sing", Gender: "Masc", Definite: "Def" },
        parts: [
          { form: "flug", lemma: "flug" },
          { form: "vellinum", lemma: "völlur" },
        ],
        governor: { kind: "preposition", lemma: "á", form: "á", case: "Dat" },
      },
      [{ text: "airport", source: "wiktionary" }],
      ["flight", undefined],
    );
    expect(glossed).toEqual({
      entry: {
        id: "flugvöllur:noun",
        lemma: "flugvöllur",
        pos: "noun",
        gender: "masculine",
        meanings: [{ text: "airport", source: "wiktionary" }],
        parts: [
          { form: "flug", lemma: "flug", meaning: "flight" },
          { form: "vellinum", lemma: "völlur" },
        ],
        origin: "automatic",
      },
      grammar: {
        features: { Case: "Dat", Number: "Sing", Gender: "Masc", Definite: "Def" },
        governor: { kind: "preposition", lemma: "á", form: "á", case: "Dat" },
      },
    });
  });

  it("names verbs and determiners in the lexicon's classes, with no gender on a verb", () => {
    const verb = automaticGloss({ kind: "word", form: "sagði", start: 0, end: 5, lemma: "segja", upos: "VERB", feats: { Gender: "Masc" } }, []);
    expect(verb?.entry).toMatchObject({ id: "segja:verb", pos: "verb" });
    expect(verb?.entry.gender).toBeUndefined();
    expect(automaticGloss({ kind: "word", form: "þessi", start: 0, end: 5, lemma: "þessi", upos: "DET" }, [])?.entry.pos).toBe("pronoun");
  });

  it("keeps the word a reflexive pronoun refers back to", () => {
    const glossed = automaticGloss(
      { kind: "word", form: "sér", start: 30, end: 33, lemma: "sig", upos: "PRON", feats: { Case: "Dat", Number: "Plur", Gender: "Masc" }, antecedent: { form: "Danir" } },
      [{ text: "oneself", source: "wiktionary" }],
    );
    expect(glossed?.grammar).toEqual({ features: { Case: "Dat", Number: "Plur", Gender: "Masc" }, antecedent: { form: "Danir" } });
  });

  it("gives nothing for a token without a lemma", () => {
    expect(automaticGloss({ kind: "punctuation", form: ".", start: 0, end: 1 }, [])).toBeUndefined();
  });
});
