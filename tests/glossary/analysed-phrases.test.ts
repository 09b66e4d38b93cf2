import { describe, expect, it } from "vitest";
import type { FixedPhrase } from "@/lib/analysis/types";
import { automaticPhrases, besideCurated } from "@/lib/glossary/analysed-phrases";
import { glossFromAnalysis, matchAnalysis, type MeaningsOf } from "@/lib/glossary/analysed-words";
import { curatedEntry } from "@/lib/glossary/gloss-sentence";
import { handAnalysed } from "../support/analysed";

// The analysis is written out by hand: what is under test is how its fixed expressions become
// phrases of the sentence, not the analyser (the worker's own tests cover that).
const SOURCE = "Hún kom til dæmis ekki, til dæmis til Akureyrar.";
const { sentence, tokens, analysed } = handAnalysed(SOURCE);
const example: FixedPhrase = { lemma: "til dæmis", upos: "ADV" };
const analysis = analysed(
  ["Hún", { lemma: "hún", upos: "PRON" }],
  ["kom", { lemma: "koma", upos: "VERB" }],
  ["til", { lemma: "til", upos: "ADP", phrase: example }],
  ["dæmis", { lemma: "dæmi", upos: "NOUN", phrase: example }],
  ["ekki", { lemma: "ekki", upos: "ADV" }],
  ["til", { lemma: "til", upos: "ADP", phrase: example }],
  ["dæmis", { lemma: "dæmi", upos: "NOUN", phrase: example }],
  ["til", { lemma: "til", upos: "ADP" }],
  ["Akureyrar", { lemma: "Akureyri", upos: "PROPN" }],
);
const dictionary: Record<string, string> = { "til dæmis": "for example", dæmi: "example" };
const meaningsOf: MeaningsOf = (token) => ({ meanings: dictionary[token.lemma ?? ""] ? [{ text: dictionary[token.lemma!]!, source: "apertium" }] : [] });
const ids = (text: string, from = 0) => {
  const start = SOURCE.indexOf(text, from);
  return tokens.filter((t) => t.kind === "word" && t.start >= start && t.end <= start + text.length).map((t) => t.id);
};

describe("fixed expressions from an analysis", () => {
  it("become phrases of the sentence, with the expression's meaning and marked automatic", () => {
    const phrases = automaticPhrases(sentence, tokens, matchAnalysis(tokens, analysis, 0), meaningsOf);
    expect(phrases).toHaveLength(2);
    expect(phrases[0]).toEqual({
      tokenIds: ids("til dæmis"),
      text: "til dæmis",
      entry: { id: "til dæmis:phrase", lemma: "til dæmis", pos: "phrase", meanings: [{ text: "for example", source: "apertium" }], origin: "automatic" },
    });
    // The second "til dæmis" is its own phrase; the "til" after it is not part of it.
    expect(phrases[1]!.tokenIds).toEqual(ids("til dæmis", SOURCE.indexOf(",")));
  });

  it("are left out where no dictionary knows the expression", () => {
    const unknown = analysis.map((token) => (token.phrase ? { ...token, phrase: { lemma: "til dæmis sagt", upos: "ADV" as const } } : token));
    expect(automaticPhrases(sentence, tokens, matchAnalysis(tokens, unknown, 0), meaningsOf)).toEqual([]);
  });

  it("give way to a curated phrase on the same words, and show beside it elsewhere", () => {
    const curated = { tokenIds: ids("til dæmis"), text: "til dæmis", entry: curatedEntry({ id: "til dæmis:phrase", lemma: "til dæmis", pos: "phrase", meanings: ["for instance"], pattern: ["til", "dæmi"], source: "curated" }) };
    const glossed = glossFromAnalysis({ tokens: analysis, engine: "greynir" }, 0, meaningsOf, { curated: () => ({ words: new Map(), phrases: [curated] }) })(sentence, tokens);
    expect(glossed.phrases.map((p) => [p.entry.origin, p.entry.meanings[0]!.text])).toEqual([
      ["curated", "for instance"],
      ["automatic", "for example"],
    ]);
    expect(besideCurated([curated], [])).toEqual([curated]);
  });

  it("for an imported text without curated glosses, sit beside the words' own glosses", () => {
    const glossed = glossFromAnalysis({ tokens: analysis, engine: "greynir" }, 0, meaningsOf)(sentence, tokens);
    expect(glossed.phrases).toHaveLength(2);
    expect(glossed.words.get(ids("dæmis")[0]!)!.entry.lemma).toBe("dæmi");
  });
});
