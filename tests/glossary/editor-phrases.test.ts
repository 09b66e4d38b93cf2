import { describe, expect, it } from "vitest";
import type { FixedPhrase } from "@/lib/analysis/types";
import { glossFromAnalysis, matchAnalysis, type MeaningsOf } from "@/lib/glossary/analysed-words";
import { editorPhrases } from "@/lib/glossary/editor-phrases";
import { curatedEntry } from "@/lib/glossary/gloss-sentence";
import { indexLexicon } from "@/lib/glossary/lexicon";
import type { LexiconEntry } from "@/lib/glossary/schema";
import { handAnalysed } from "../support/analysed";

// The analysis is written out by hand (the worker's tests cover the analyser): what is under test
// is how the editors' expressions are found in it, by lemma in context or by form.
const SOURCE = "Hún tók þátt í keppninni eins og áður, til dæmis í gær.";
const { sentence, tokens, analysed } = handAnalysed(SOURCE);
const joined: FixedPhrase = { lemma: "til dæmis", upos: "ADV" };
const analysis = analysed(
  ["Hún", { lemma: "hún", upos: "PRON" }],
  ["tók", { lemma: "taka", upos: "VERB" }],
  ["þátt", { lemma: "þáttur", upos: "NOUN" }],
  ["í", { lemma: "í", upos: "ADP" }],
  ["keppninni", { lemma: "keppni", upos: "NOUN" }],
  ["eins", { lemma: "eins", upos: "ADV" }],
  ["og", { lemma: "og", upos: "CCONJ" }],
  ["áður", { lemma: "áður", upos: "ADV" }],
  ["til", { lemma: "til", upos: "ADP", phrase: joined }],
  ["dæmis", { lemma: "dæmi", upos: "NOUN", phrase: joined }],
  ["í", { lemma: "í", upos: "ADP" }],
  ["gær", { lemma: "gær", upos: "ADV" }],
);
const phrase = (pattern: string[], lemma: string, meaning: string): LexiconEntry => ({ id: `${pattern.join(" ")}:phrase`, lemma, pos: "phrase", meanings: [meaning], pattern, source: "curated" });
const editors = indexLexicon([
  phrase(["taka", "þátt", "í"], "taka þátt í e-u", "take part in something"),
  phrase(["eins", "og"], "eins og", "like, as"),
  // Shares "í" with the first: the earlier, longer one keeps it.
  phrase(["þátt", "í"], "þátt í", "a part in"),
  phrase(["í", "gær"], "í gær", "yesterday"),
  phrase(["til", "dæmi"], "til dæmis", "for instance"),
]);
const meaningsOf: MeaningsOf = (token) => (token.lemma === "til dæmis" ? { meanings: [{ text: "for example", source: "apertium" }] } : { meanings: [] });
const texts = (found: { text: string }[]) => found.map((p) => p.text);

describe("the editors' fixed expressions in an analysed text", () => {
  it("are found by each word's lemma in context (tók → taka) or by its form, and share no word", () => {
    const found = editorPhrases(sentence, tokens, matchAnalysis(tokens, analysis, 0), editors);
    expect(texts(found)).toEqual(["tók þátt í", "eins og", "til dæmis", "í gær"]);
  });

  it("carry the editor's meaning, marked as found automatically", () => {
    const [first] = editorPhrases(sentence, tokens, matchAnalysis(tokens, analysis, 0), editors);
    expect(first!.entry).toMatchObject({ id: "taka þátt í:phrase", lemma: "taka þátt í e-u", pos: "phrase", origin: "automatic" });
    expect(first!.entry.meanings).toEqual([{ text: "take part in something", source: "curated" }]);
  });

  it("are not found where the lemma differs: tók as a form of another verb", () => {
    const other = analysis.map((token) => (token.form === "tók" ? { ...token, lemma: "tóka" } : token));
    expect(texts(editorPhrases(sentence, tokens, matchAnalysis(tokens, other, 0), editors))).not.toContain("tók þátt í");
  });

  it("win over the expressions the analysis joined, and give way to an article's curated phrase", () => {
    const glossed = glossFromAnalysis({ tokens: analysis, engine: "greynir" }, 0, meaningsOf, { phrases: editors })(sentence, tokens);
    expect(glossed.phrases.find((p) => p.text === "til dæmis")!.entry.meanings[0]!.text).toBe("for instance");
    expect(glossed.phrases).toHaveLength(4);

    const eins = glossed.phrases.find((p) => p.text === "eins og")!;
    const curated = { ...eins, entry: curatedEntry({ ...phrase(["eins", "og"], "eins og", "as (curated here)"), source: "curated" }) };
    const withArticle = glossFromAnalysis({ tokens: analysis, engine: "greynir" }, 0, meaningsOf, { curated: () => ({ words: new Map(), phrases: [curated] }), phrases: editors })(sentence, tokens);
    const einsNow = withArticle.phrases.filter((p) => p.text === "eins og");
    expect(einsNow.map((p) => [p.entry.origin, p.entry.meanings[0]!.text])).toEqual([["curated", "as (curated here)"]]);
  });
});

describe("a word class in a pattern (\"að@SCONJ\")", () => {
  const though = phrase(["þó", "að@SCONJ"], "þó að", "although");
  const index = indexLexicon([though]);
  function found(text: string, thatClass: "SCONJ" | "PART") {
    const { sentence: s, tokens: words, analysed: analyse } = handAnalysed(text);
    const analysis = analyse(["þó", { lemma: "þó", upos: thatClass === "SCONJ" ? "SCONJ" : "ADV" }], ["að", { lemma: "að", upos: thatClass }]);
    return editorPhrases(s, words, matchAnalysis(words, analysis, 0), index).map((p) => p.text);
  }

  it("matches only where the analysis gives the word that class", () => {
    // "þó að það væri kalt": although; "áætlar þó að gera": however + the infinitive marker.
    expect(found("Hann fór þó að það væri kalt.", "SCONJ")).toEqual(["þó að"]);
    expect(found("Hann áætlar þó að gera það.", "PART")).toEqual([]);
  });
});

describe("a phrase with an open slot after it (\"á vegum e-s\")", () => {
  const deployed: LexiconEntry = { ...phrase(["á", "vegum"], "á vegum e-s", "under the auspices of"), takes: "Gen" };
  const index = indexLexicon([deployed]);

  it("is found only where a word in the case it takes fills the slot", () => {
    // "á vegum hersins": deployed by the army; "hálka á vegum": ice on (the) roads, no genitive
    const army = handAnalysed("Þeir eru á vegum hersins.");
    const withSlot = army.analysed(["Þeir", { lemma: "hann", upos: "PRON", feats: { Case: "Nom" } }], ["eru", { lemma: "vera", upos: "AUX" }], ["á", { lemma: "á", upos: "ADP" }], ["vegum", { lemma: "vegur", upos: "NOUN", feats: { Case: "Dat" } }], ["hersins", { lemma: "her", upos: "NOUN", feats: { Case: "Gen" } }]);
    expect(editorPhrases(army.sentence, army.tokens, matchAnalysis(army.tokens, withSlot, 0), index).map((p) => p.text)).toEqual(["á vegum"]);

    const roads = handAnalysed("Það er hálka á vegum í dag.");
    const without = roads.analysed(["Það", { lemma: "það", upos: "PRON" }], ["er", { lemma: "vera", upos: "AUX" }], ["hálka", { lemma: "hálka", upos: "NOUN", feats: { Case: "Nom" } }], ["á", { lemma: "á", upos: "ADP" }], ["vegum", { lemma: "vegur", upos: "NOUN", feats: { Case: "Dat" } }], ["í", { lemma: "í", upos: "ADP" }], ["dag", { lemma: "dagur", upos: "NOUN", feats: { Case: "Acc" } }]);
    expect(editorPhrases(roads.sentence, roads.tokens, matchAnalysis(roads.tokens, without, 0), index)).toEqual([]);
  });
});

describe("a phrase whose slot another reading fills (\"fara fram á e-ð\" against \"fara fram\")", () => {
  const demand: LexiconEntry = { ...phrase(["fara", "fram", "á"], "fara fram á e-ð", "demand something"), takes: "Acc" };
  const place = phrase(["fara", "fram"], "fara fram", "take place");
  const index = indexLexicon([demand, place]);

  it("gives way to the shorter phrase when the word after it is not in the case it takes", () => {
    // "Æfingar fara fram á þriðjudögum": practices take place on Tuesdays (á + dative: when)
    const { sentence: s, tokens: words, analysed: analyse } = handAnalysed("Æfingar fara fram á þriðjudögum.");
    const analysis = analyse(["Æfingar", { lemma: "æfing", upos: "NOUN", feats: { Case: "Nom" } }], ["fara", { lemma: "fara", upos: "VERB" }], ["fram", { lemma: "fram", upos: "ADV" }], ["á", { lemma: "á", upos: "ADP" }], ["þriðjudögum", { lemma: "þriðjudagur", upos: "NOUN", feats: { Case: "Dat" } }]);
    const found = editorPhrases(s, words, matchAnalysis(words, analysis, 0), index);
    expect(found.map((p) => p.entry.lemma)).toEqual(["fara fram"]);
  });
});

describe("a phrase that stands alone (\"á eftir\" later)", () => {
  const later: LexiconEntry = { ...phrase(["á", "eftir"], "á eftir", "later"), alone: true };
  const index = indexLexicon([later]);

  it("is found at the end of its clause, not before a word the preposition would govern", () => {
    const alone = handAnalysed("Við förum í bíó á eftir.");
    const a = alone.analysed(["Við", { lemma: "ég", upos: "PRON" }], ["förum", { lemma: "fara", upos: "VERB" }], ["í", { lemma: "í", upos: "ADP" }], ["bíó", { lemma: "bíó", upos: "NOUN" }], ["á", { lemma: "á", upos: "ADP" }], ["eftir", { lemma: "eftir", upos: "ADV" }]);
    expect(editorPhrases(alone.sentence, alone.tokens, matchAnalysis(alone.tokens, a, 0), index).map((p) => p.text)).toEqual(["á eftir"]);

    const after = handAnalysed("Hundurinn hljóp á eftir honum.");
    const b = after.analysed(["Hundurinn", { lemma: "hundur", upos: "NOUN" }], ["hljóp", { lemma: "hlaupa", upos: "VERB" }], ["á", { lemma: "á", upos: "ADV" }], ["eftir", { lemma: "eftir", upos: "ADP" }], ["honum", { lemma: "hann", upos: "PRON", feats: { Case: "Dat" } }]);
    expect(editorPhrases(after.sentence, after.tokens, matchAnalysis(after.tokens, b, 0), index)).toEqual([]);
  });
});
