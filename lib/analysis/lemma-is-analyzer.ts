import type { Lemmatizer } from "../lemma/lemmatizer";
import { resolveLemmas } from "../lemma/resolve";
import { tokenize } from "../text/tokenize";
import type { Analysis, AnalyzedToken, Analyzer, Reading, Upos } from "./types";

/** BÍN word-class tags as lemma-is returns them → UPOS. */
const UPOS: Record<string, Upos> = {
  no: "NOUN", so: "VERB", lo: "ADJ", ao: "ADV", fs: "ADP", fn: "PRON", pfn: "PRON", abfn: "PRON",
  to: "NUM", gr: "DET", uh: "INTJ", nhm: "PART",
};
const COORDINATORS = new Set(["og", "eða", "en", "heldur", "né", "enda"]);

function uposOf(pos: string, lemma: string, form: string): Upos {
  if (pos === "st") return COORDINATORS.has(lemma) ? "CCONJ" : "SCONJ";
  return UPOS[pos] ?? (/^\p{Lu}/u.test(form) ? "PROPN" : "X");
}

/**
 * The fallback when the Python worker is missing: lemma-is's first candidate for each word
 * (with our compound-head rule), its word class, and no grammar in context (feats stay empty).
 * The other candidates become the "other readings".
 */
export function createLemmaIsAnalyzer(lemmatizer: Lemmatizer): Analyzer {
  return {
    async analyze(text) {
      const tokens: AnalyzedToken[] = [];
      for (const token of tokenize({ id: "p1.s1", start: 0, end: text.length, text })) {
        const base = { form: token.text, start: token.start, end: token.end };
        if (token.kind === "space") continue;
        if (token.kind === "number") tokens.push({ ...base, kind: "number", lemma: token.text, upos: "NUM", feats: {} });
        else if (token.kind === "punctuation") {
          const punct = /^[\p{P}]$/u.test(token.text);
          tokens.push({ ...base, kind: punct ? "punctuation" : "symbol", lemma: token.text, upos: punct ? "PUNCT" : "SYM", feats: {} });
        } else {
          const readings: Reading[] = [];
          for (const c of resolveLemmas(token.text, lemmatizer)) {
            const upos = uposOf(c.pos, c.lemma, token.text);
            if (!readings.some((r) => r.lemma === c.lemma && r.upos === upos)) readings.push({ lemma: c.lemma, upos, feats: {} });
          }
          const [first, ...others] = readings;
          tokens.push({
            ...base,
            kind: "word",
            lemma: first?.lemma ?? token.text,
            upos: first?.upos ?? "X",
            feats: {},
            ...(others.length > 0 ? { otherReadings: others } : {}),
          });
        }
      }
      const analysis: Analysis = { tokens, engine: "lemma-is", automatic: true };
      return analysis;
    },
  };
}
