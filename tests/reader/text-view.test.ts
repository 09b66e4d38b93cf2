import { describe, expect, it } from "vitest";
import type { GlossEntry } from "@/lib/glossary/types";
import { sentenceEntryIds, textView, viewTerms } from "@/lib/reader/text-view";
import type { ReaderDocument } from "@/lib/reader/types";

const entry = (id: string, lemma: string, meaning: string): GlossEntry => ({
  id,
  lemma,
  pos: "noun",
  meanings: [{ text: meaning, source: "curated" }],
  origin: "curated",
});

// "Hún skaut hann niður. Hann féll." and "Já." — one row joined to the sentence before it.
const document: ReaderDocument = {
  version: 1,
  id: "doc",
  title: { is: "Titill", en: "Title" },
  glosses: [entry("hún:pron", "hún", "she"), entry("skjóta niður:verb", "skjóta niður", "shoot down"), entry("falla:verb", "falla", "fall")],
  paragraphs: [
    {
      id: "p1",
      sentences: [
        {
          id: "p1.s1",
          is: "Hún skaut hann niður.",
          start: 0,
          en: "She shot him down.",
          alignment: { translation: "reviewed" },
          tokens: [
            { start: 0, end: 3, kind: "word", gloss: 0 },
            { start: 4, end: 9, kind: "word", phrases: [0] },
            { start: 10, end: 14, kind: "word" },
            { start: 15, end: 20, kind: "word", phrases: [0] },
            { start: 20, end: 21, kind: "punctuation" },
          ],
          phrases: [{ tokens: [1, 3], gloss: 1 }],
        },
        {
          id: "p1.s2",
          is: "Hann féll.",
          start: 22,
          en: "He fell.",
          alignment: { translation: "reviewed", joined: true },
          tokens: [
            { start: 0, end: 4, kind: "word" },
            { start: 5, end: 9, kind: "word", gloss: 2 },
            { start: 9, end: 10, kind: "punctuation" },
          ],
        },
      ],
    },
    {
      id: "p2",
      sentences: [{ id: "p2.s1", is: "Já.", start: 33, en: "", alignment: { translation: "none" }, tokens: [{ start: 0, end: 2, kind: "word", gloss: 0 }] }],
    },
  ],
};

describe("the text view: the page's share of a reader document", () => {
  it("keeps rows, their English and each glossed word's place, phrase words with their phrase's row", () => {
    const view = textView(document);
    expect(view.paragraphs.map((p) => p.rows.map((row) => [row.sentences.map((s) => s.id), row.en]))).toEqual([
      [[["p1.s1", "p1.s2"], "She shot him down. He fell."]],
      [[["p2.s1"], ""]],
    ]);
    const first = view.paragraphs[0]!.rows[0]!.sentences[0]!;
    expect(viewTerms(first)).toEqual([
      { index: 0, start: 0, end: 3, gloss: 0, titleRow: 0 },
      { index: 1, start: 4, end: 9, titleRow: 1 },
      { index: 3, start: 15, end: 20, titleRow: 1 },
    ]);
    expect(view.titles).toBeUndefined();
  });

  it("counts only a sentence's own glossed words towards its entries, repeats included", () => {
    const view = textView(document);
    const [first, second] = view.paragraphs[0]!.rows[0]!.sentences;
    expect(sentenceEntryIds(first!, view.entryIds)).toEqual(["hún:pron"]);
    expect(sentenceEntryIds(second!, view.entryIds)).toEqual(["falla:verb"]);
  });

  it("adds 'lemma: meaning' per gloss row for pages read without JavaScript", () => {
    expect(textView(document, { titles: true }).titles).toEqual(["hún: she", "skjóta niður: shoot down", "falla: fall"]);
  });

  it("is much smaller as JSON than the document it shows", () => {
    const size = (value: unknown) => JSON.stringify(value).length;
    expect(size(textView(document))).toBeLessThan(size(document) / 2);
  });
});
