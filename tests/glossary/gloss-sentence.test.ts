import { describe, expect, it } from "vitest";
import { glossSentence, type GlossContext } from "@/lib/glossary/gloss-sentence";
import { indexLexicon } from "@/lib/glossary/lexicon";
import type { LexiconEntry } from "@/lib/glossary/schema";
import { segment } from "@/lib/text/segment";
import { tokenize } from "@/lib/text/tokenize";

const entries: LexiconEntry[] = [
  { id: "hundur:noun", lemma: "hundur", pos: "noun", gender: "masculine", meanings: ["dog"], source: "bin" },
  { id: "á:noun", lemma: "á", pos: "noun", gender: "feminine", meanings: ["river"], source: "bin" },
  { id: "eiga:verb", lemma: "eiga", pos: "verb", meanings: ["own", "have"], source: "bin" },
  { id: "hlaupa:verb", lemma: "hlaupa", pos: "verb", meanings: ["run"], source: "bin" },
  { id: "hlaupa yfir:phrase", lemma: "hlaupa yfir e-ð", pos: "phrase", meanings: ["skip"], pattern: ["hlaupa", "yfir"], source: "curated" },
];

const candidates: Record<string, { lemma: string; pos: string }[]> = {
  Hundurinn: [{ lemma: "hundur", pos: "no" }],
  á: [{ lemma: "á", pos: "fs" }, { lemma: "á", pos: "no" }, { lemma: "eiga", pos: "so" }],
  hleypur: [{ lemma: "hlaupa", pos: "so" }],
  yfir: [{ lemma: "yfir", pos: "fs" }],
};

const ctx: GlossContext = {
  lexicon: indexLexicon(entries),
  resolve: (form) => (candidates[form] ?? []).map((c) => ({ ...c, via: "bin" as const })),
};

function gloss(text: string, glosses: Parameters<typeof glossSentence>[2]) {
  const sentence = segment(text)[0]!.sentences[0]!;
  const tokens = tokenize(sentence);
  const { words, phrases } = glossSentence(sentence, tokens, glosses, ctx);
  const glossed = (form: string) => words.get(tokens.find((t) => t.text === form)!.id);
  return { tokens, words, phrases, glossed };
}

describe("glossing a sentence", () => {
  it("attaches the entry, the grammar in context and the sense used", () => {
    const { glossed } = gloss("Hundurinn á bein.", [
      { form: "Hundurinn", grammar: "nominative singular, definite" },
      { form: "á", grammar: "3rd person singular present", entry: "eiga:verb", sense: 1 },
    ]);
    expect(glossed("Hundurinn")).toMatchObject({
      entry: { lemma: "hundur", gender: "masculine", origin: "curated", lemmaSource: "bin" },
      grammar: { text: "nominative singular, definite" },
    });
    expect(glossed("á")?.entry.meanings).toEqual([
      { text: "have", source: "curated" },
      { text: "own", source: "curated" },
    ]);
  });

  it("asks for a choice when several entries fit", () => {
    expect(() => gloss("Hundurinn á bein.", [{ form: "á", grammar: "x" }])).toThrow(/several entries fit \(á:noun, eiga:verb\)/);
  });

  it("refuses a choice lemma-is does not offer", () => {
    expect(() => gloss("Hundurinn á bein.", [{ form: "Hundurinn", grammar: "x", entry: "hlaupa:verb" }])).toThrow(
      /p1\.s1 «Hundurinn»: entry hlaupa:verb is not among the lemmas lemma-is gives \(hundur\)/,
    );
  });

  it("names a glossed form that is not in the sentence", () => {
    expect(() => gloss("Hundurinn á bein.", [{ form: "köttur", grammar: "x" }])).toThrow(/not found in the sentence: köttur/);
  });

  it("finds multi-word expressions by lemma and links their words", () => {
    const { tokens, phrases } = gloss("Hundurinn hleypur yfir það.", [{ form: "hleypur", grammar: "3rd person singular present" }]);
    expect(phrases.map((p) => [p.text, p.entry.meanings[0]?.text])).toEqual([["hleypur yfir", "skip"]]);
    expect(phrases[0]!.tokenIds.map((id) => tokens.find((t) => t.id === id)?.text)).toEqual(["hleypur", "yfir"]);
  });
});
