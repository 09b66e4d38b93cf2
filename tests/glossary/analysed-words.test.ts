import { describe, expect, it } from "vitest";
import type { AnalyzedToken, Reading } from "@/lib/analysis/types";
import { automaticWords, glossFromAnalysis, matchAnalysis, withAutomatic, type MeaningsOf } from "@/lib/glossary/analysed-words";
import { fewerReadings } from "@/lib/glossary/automatic";
import { curatedEntry } from "@/lib/glossary/gloss-sentence";
import { tokenize } from "@/lib/text/tokenize";
import type { Sentence } from "@/lib/text/types";

// The analysis is written out by hand: what is under test is how it becomes glosses, not the analyser.
const SOURCE = "Fyrsta. Enginn særðist í árásinni 17. júní.";
const sentence: Sentence = { id: "p1.s2", start: 8, end: SOURCE.length, text: SOURCE.slice(8) };
const tokens = tokenize(sentence);
const at = (form: string, from = 0) => SOURCE.indexOf(form, from);
const word = (form: string, rest: Partial<AnalyzedToken>): AnalyzedToken => ({ kind: "word", form, start: at(form), end: at(form) + form.length, ...rest });

const analysis: AnalyzedToken[] = [
  word("Enginn", { lemma: "enginn", upos: "PRON", feats: { Case: "Nom", Number: "Sing", Gender: "Masc" } }),
  word("særðist", { lemma: "særa", upos: "VERB", feats: { Tense: "Past", Voice: "Mid" } }),
  word("í", { lemma: "í", upos: "ADP", feats: {} }),
  word("árásinni", {
    lemma: "árás",
    upos: "NOUN",
    feats: { Case: "Dat", Number: "Sing", Gender: "Fem", Definite: "Def" },
    governor: { kind: "preposition", lemma: "í", form: "í", case: "Dat" },
    otherReadings: [{ lemma: "árás", upos: "NOUN", feats: { Case: "Acc", Number: "Plur", Gender: "Fem" } }],
  }),
  // The analyser reads a date as one token; the reader has "17", ".", "júní".
  { kind: "date", form: "17. júní", start: at("17."), end: at("17.") + 8 },
];
const meaningsOf: MeaningsOf = (token) => ({ meanings: token.lemma === "árás" ? [{ text: "attack", source: "wiktionary" }] : [] });
const idOf = (form: string) => tokens.find((t) => t.text === form)!.id;

describe("glosses from an analysis", () => {
  it("pairs analysed words with the reader's tokens by their place in the source", () => {
    const matched = matchAnalysis(tokens, analysis, 0);
    expect(matched.get(idOf("árásinni"))?.lemma).toBe("árás");
    expect(matched.has(idOf("júní"))).toBe(false);
    // Offsets of a paragraph analysed on its own are shifted by where the paragraph starts.
    const shifted = analysis.map((t) => ({ ...t, start: t.start - 8, end: t.end - 8 }));
    expect(matchAnalysis(tokens, shifted, 8).get(idOf("Enginn"))?.lemma).toBe("enginn");
  });

  it("glosses each word as automatic, with features, governor and meanings", () => {
    const words = automaticWords(matchAnalysis(tokens, analysis, 0), "greynir", meaningsOf);
    const glossed = words.get(idOf("árásinni"))!;
    expect(glossed.entry).toMatchObject({ id: "árás:noun", lemma: "árás", gender: "feminine", origin: "automatic", meanings: [{ text: "attack", source: "wiktionary" }] });
    expect(glossed.grammar).toEqual({
      features: { Case: "Dat", Number: "Sing", Gender: "Fem", Definite: "Def" },
      governor: { kind: "preposition", lemma: "í", form: "í", case: "Dat" },
      otherReadings: [{ lemma: "árás", upos: "NOUN", feats: { Case: "Acc", Number: "Plur", Gender: "Fem" } }],
    });
    expect(glossed.grammar?.unavailable).toBeUndefined();
  });

  it("says grammar is unavailable for every word lemma-is analysed", () => {
    const lemmasOnly = analysis.map((t) => ({ ...t, feats: {} }));
    const words = automaticWords(matchAnalysis(tokens, lemmasOnly, 0), "lemma-is", meaningsOf);
    expect([...words.values()].every((w) => w.grammar?.unavailable === true)).toBe(true);
  });

  it("keeps curated glosses, adding the analysis' features (only) where lemma and grammar agree", () => {
    const entry = (lemma: string) => curatedEntry({ id: `${lemma}:noun`, lemma, pos: "noun", meanings: ["x"], source: "bin" });
    const curated = () => ({
      words: new Map([
        [idOf("árásinni"), { entry: entry("árás"), grammar: { text: "dative singular, definite (after í)" } }],
        [idOf("Enginn"), { entry: entry("enginn"), grammar: { text: "accusative: an editor's reading" } }],
      ]),
      phrases: [],
    });
    const glossed = glossFromAnalysis({ tokens: analysis, engine: "greynir" }, 0, meaningsOf, { curated })(sentence, tokens);
    const arasinni = glossed.words.get(idOf("árásinni"))!;
    expect(arasinni.entry.origin).toBe("curated");
    expect(arasinni.grammar).toEqual({ text: "dative singular, definite (after í)", features: { Case: "Dat", Number: "Sing", Gender: "Fem", Definite: "Def" } });
    // The analysis says nominative, the editor accusative: the editor's gloss stands alone.
    expect(glossed.words.get(idOf("Enginn"))!.grammar).toEqual({ text: "accusative: an editor's reading" });
    // A word the editors left out gets the automatic gloss.
    expect(glossed.words.get(idOf("særðist"))!.entry.origin).toBe("automatic");
    expect(withAutomatic(curated(), new Map(), new Map()).words.size).toBe(2);
  });

  it("lists a few other readings, other words and classes first", () => {
    const reading = (lemma: string, upos: Reading["upos"], Case: string): Reading => ({ lemma, upos, feats: { Case } });
    const many = [reading("á", "NOUN", "Nom"), reading("á", "NOUN", "Acc"), reading("á", "NOUN", "Dat"), reading("á", "NOUN", "Gen"), reading("eiga", "VERB", ""), reading("á", "ADV", "")];
    expect(fewerReadings(many).map((r) => `${r.lemma}/${r.upos}/${r.feats.Case}`)).toEqual(["á/NOUN/Nom", "á/NOUN/Acc", "eiga/VERB/", "á/ADV/"]);
  });
});
