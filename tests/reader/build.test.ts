import { describe, expect, it } from "vitest";
import type { GlossedSentence } from "@/lib/glossary/gloss-sentence";
import type { GlossEntry } from "@/lib/glossary/types";
import { buildReaderDocument } from "@/lib/reader/build";
import { GlossTable } from "@/lib/reader/gloss-table";
import { tokenText } from "@/lib/reader/types";
import { segment } from "@/lib/text/segment";
import { tokenize } from "@/lib/text/tokenize";
import type { TokenId } from "@/lib/text/types";

const dog = (sense: string): GlossEntry => ({
  id: "hundur:noun",
  lemma: "hundur",
  pos: "noun",
  gender: "masculine",
  meanings: [{ text: sense, source: "curated" }],
  origin: "curated",
  lemmaSource: "bin",
});

const SOURCE = "Hundurinn gelti. Hundinum var gefið bein.\nHundar gelta hátt.";

/** A fake glossing step: every form of hundur gets the entry, with the grammar of that form. */
function glossDogs(): (sentence: Parameters<typeof tokenize>[0], tokens: ReturnType<typeof tokenize>) => GlossedSentence {
  return (_sentence, tokens) => ({
    words: new Map(
      tokens
        .filter((t) => /^[Hh]und/.test(t.text))
        .map((t): [TokenId, GlossedSentence["words"] extends Map<TokenId, infer W> ? W : never] => [
          t.id,
          { entry: dog("dog"), grammar: { text: t.text === "Hundinum" ? "dative singular, definite" : "nominative" } },
        ]),
    ),
    phrases: [],
  });
}

function build() {
  const paragraphs = segment(SOURCE);
  const translations = new Map(paragraphs.flatMap((p) => p.sentences.map((s) => [s.id, `EN ${s.id}`] as const)));
  return buildReaderDocument(
    { id: "dogs", title: { is: "Hundar", en: "Dogs" }, paragraphs, translations, translationStatus: "reviewed" },
    { tokenize, gloss: glossDogs() },
  );
}

describe("building a reader document", () => {
  it("keeps paragraphs, sentences and translations, versioned", () => {
    const document = build();
    expect(document.version).toBe(1);
    expect(document.paragraphs.map((p) => p.sentences.map((s) => [s.id, s.is, s.en]))).toEqual([
      [
        ["p1.s1", "Hundurinn gelti.", "EN p1.s1"],
        ["p1.s2", "Hundinum var gefið bein.", "EN p1.s2"],
      ],
      [["p2.s1", "Hundar gelta hátt.", "EN p2.s1"]],
    ]);
    expect(document.paragraphs[0]!.sentences[0]!.alignment).toEqual({ translation: "reviewed" });
  });

  it("keeps tokens as offsets into the sentence, without spaces", () => {
    const sentence = build().paragraphs[0]!.sentences[1]!;
    expect(sentence.tokens.map((t) => [tokenText(sentence, t), t.kind])).toEqual([
      ["Hundinum", "word"],
      ["var", "word"],
      ["gefið", "word"],
      ["bein", "word"],
      [".", "punctuation"],
    ]);
    expect(sentence.start).toBe(SOURCE.indexOf("Hundinum"));
  });

  it("stores an entry once however many forms use it, and the grammar once per token", () => {
    const document = build();
    expect(document.glosses).toHaveLength(1);
    const glossed = document.paragraphs.flatMap((p) => p.sentences.flatMap((s) => s.tokens.filter((t) => t.gloss !== undefined)));
    expect(glossed.map((t) => t.gloss)).toEqual([0, 0, 0]);
    expect(glossed.map((t) => t.grammar?.text)).toEqual(["nominative", "dative singular, definite", "nominative"]);
  });

  it("survives JSON unchanged (serialisable)", () => {
    const document = build();
    expect(JSON.parse(JSON.stringify(document))).toEqual(document);
  });
});

describe("the gloss table", () => {
  it("gives a second sense of one lemma its own row, and the same entry the same row in any key order", () => {
    const table = new GlossTable();
    expect(table.add(dog("dog"))).toBe(0);
    expect(table.add(dog("hound"))).toBe(1);
    const reordered: GlossEntry = { origin: "curated", lemmaSource: "bin", meanings: [{ source: "curated", text: "dog" }], gender: "masculine", pos: "noun", lemma: "hundur", id: "hundur:noun" };
    expect(table.add(reordered)).toBe(0);
    expect(table.entries().map((e) => e.meanings[0]?.text)).toEqual(["dog", "hound"]);
  });
});
