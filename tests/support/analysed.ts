import type { AnalyzedToken } from "@/lib/analysis/types";
import { tokenize } from "@/lib/text/tokenize";
import type { Sentence } from "@/lib/text/types";

/**
 * A one-sentence text and an analysis of it written out by hand, for tests of what the glossary
 * does with an analysis (the worker's own tests cover the analyser). `analysed` takes our words
 * in order, each found at the next place its form occurs.
 */
export function handAnalysed(source: string) {
  const sentence: Sentence = { id: "p1.s1", start: 0, end: source.length, text: source };
  const analysed = (...words: [string, Partial<AnalyzedToken>][]): AnalyzedToken[] => {
    let from = 0;
    return words.map(([form, rest]) => {
      const start = source.indexOf(form, from);
      from = start + form.length;
      return { kind: "word", form, start, end: start + form.length, ...rest };
    });
  };
  return { sentence, tokens: tokenize(sentence), analysed };
}
