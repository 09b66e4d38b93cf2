import type { Analysis, AnalysisCompoundPart, AnalysisEngine, AnalyzedToken } from "../analysis/types";
import type { Meaning } from "../dictionary/types";
import type { Sentence, Token, TokenId } from "../text/types";
import { automaticPhrases, besideCurated } from "./analysed-phrases";
import { editorPhrases } from "./editor-phrases";
import { automaticGloss } from "./automatic";
import { agrees, readCurated } from "./curated-grammar";
import type { GlossedSentence, GlossedWord } from "./gloss-sentence";
import type { LexiconIndex } from "./lexicon";
import type { CommonWord } from "./types";

/**
 * Automatic glosses for the words of a sentence, from an analysis of its paragraph. The reader's
 * tokens (lib/text) and the analyser's tokens are cut by different tokenizers, so they are paired
 * by their span in the source: a word the analyser cut differently (a date, "t.d.") gets no
 * automatic gloss rather than a wrong one.
 */
export interface WordMeanings {
  meanings: Meaning[];
  /** The first meaning of each compound part, in order. */
  parts?: (string | undefined)[];
  /** Compound parts found for the gloss when the analysis gave none (a compound BÍN lists whole). */
  compound?: AnalysisCompoundPart[];
  /** For a proper noun: the common word it is spelled like, whose meanings are not the name's. */
  asWord?: CommonWord;
}

export type MeaningsOf = (token: AnalyzedToken) => WordMeanings;

/** Analysed tokens paired with the sentence's word tokens; `offset` is where the analysed text starts in the source. */
export function matchAnalysis(tokens: readonly Token[], analysed: readonly AnalyzedToken[], offset: number): Map<TokenId, AnalyzedToken> {
  const bySpan = new Map(analysed.map((token) => [`${token.start + offset}:${token.end + offset}`, token]));
  const matched = new Map<TokenId, AnalyzedToken>();
  for (const token of tokens) {
    if (token.kind !== "word") continue;
    const found = bySpan.get(`${token.start}:${token.end}`);
    if (found?.lemma) matched.set(token.id, found);
  }
  return matched;
}

/**
 * The automatic gloss of every matched word. With lemma-is alone the analysis has lemmas but no
 * grammar in context, and the gloss says so (`grammar.unavailable`) rather than showing nothing.
 */
export function automaticWords(matched: ReadonlyMap<TokenId, AnalyzedToken>, engine: AnalysisEngine, meaningsOf: MeaningsOf): Map<TokenId, GlossedWord> {
  const words = new Map<TokenId, GlossedWord>();
  for (const [id, token] of matched) {
    const found = meaningsOf(token);
    const glossed = automaticGloss(found.compound ? { ...token, parts: found.compound } : token, found.meanings, found.parts, found.asWord);
    if (!glossed) continue;
    words.set(id, engine === "lemma-is" ? { entry: glossed.entry, grammar: { ...glossed.grammar, unavailable: true } } : glossed);
  }
  return words;
}

const sameLemma = (a: string, b: string) => a.toLocaleLowerCase("is") === b.toLocaleLowerCase("is");

/**
 * Curated glosses win. A curated form whose lemma and grammar the analysis confirms also gets the
 * analysis' UD features, as data (the curated text is still what the gloss says). Not its other
 * readings or governor: the curated notes explain ambiguity and government in their own words,
 * and a curated gloss is already as tall as a laptop screen leaves room for. Disagreeing analyses
 * are dropped for that form.
 */
export function withAutomatic(curated: GlossedSentence, automatic: ReadonlyMap<TokenId, GlossedWord>, matched: ReadonlyMap<TokenId, AnalyzedToken>): GlossedSentence {
  const words = new Map(curated.words);
  for (const [id, glossed] of automatic) {
    const own = words.get(id);
    if (!own) {
      words.set(id, glossed);
      continue;
    }
    const token = matched.get(id);
    const text = own.grammar?.text;
    if (!token || !text || !sameLemma(own.entry.lemma, glossed.entry.lemma) || !agrees(readCurated(text), token)) continue;
    const features = glossed.grammar?.features;
    if (features) words.set(id, { entry: own.entry, grammar: { ...own.grammar, features } });
  }
  return { words, phrases: curated.phrases };
}

export interface AnalysisGlossing {
  /** The editors' glosses of this text (a built-in article), which win over everything automatic. */
  curated?: (sentence: Sentence, tokens: Token[]) => GlossedSentence;
  /** The editors' fixed expressions, looked for in every sentence (`phrases` of the index). */
  phrases?: LexiconIndex;
}

/**
 * The reader's gloss step for a sentence of an analysed paragraph (`offset`: where the analysed
 * text starts in the source): automatic glosses and fixed expressions, under the curated ones
 * when there are any. Of the expressions, an article's own come first, then the editors' found by
 * lemma, then those the analysis joined; none shares a word with one before it.
 */
export function glossFromAnalysis(
  analysis: Pick<Analysis, "tokens" | "engine">,
  offset: number,
  meaningsOf: MeaningsOf,
  { curated, phrases: editors }: AnalysisGlossing = {},
): (sentence: Sentence, tokens: Token[]) => GlossedSentence {
  return (sentence, tokens) => {
    const matched = matchAnalysis(tokens, analysis.tokens, offset);
    const automatic = automaticWords(matched, analysis.engine, meaningsOf);
    const joined = automaticPhrases(sentence, tokens, matched, meaningsOf);
    const phrases = editors ? besideCurated(editorPhrases(sentence, tokens, matched, editors), joined) : joined;
    if (!curated) return { words: automatic, phrases };
    const own = withAutomatic(curated(sentence, tokens), automatic, matched);
    return { words: own.words, phrases: besideCurated(own.phrases, phrases) };
  };
}
