import { saveWord } from "../../lib/vocab/save";
import { filterWords } from "../../lib/vocab/search";
import { ms, ratio, timeIt } from "./measure";
import type { Figure } from "./types";

/** Searching 5,000 saved words, beside a plain substring filter. */
export async function measure(): Promise<Figure[]> {
  const now = new Date("2026-11-24T00:00:00Z");
  const saved = Array.from({ length: 5000 }, (_, i) =>
    saveWord(undefined, { entryId: `orð${i}:noun`, lemma: `orð${i}`, pos: "noun", meaning: `word ${i}`, form: `orðinu${i}`, context: { slug: "s", title: "t", sentenceId: "p1.s1", is: "x", en: "y" } }, now),
  );
  const plain = timeIt(() => saved.filter((w) => w.lemma.includes("orð49")));
  const full = timeIt(() => filterWords(saved, { query: "orð49", queryLemmas: ["orð49"], order: "alphabetical" }));
  return [{ section: "vocabulary", measure: "search 5,000 words (forms, meanings, is sort)", value: ms(full), baseline: `substring filter ${ms(plain)} (${ratio(full, plain)})`, number: full }];
}
