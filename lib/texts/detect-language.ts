/**
 * Is this Icelandic? A verdict from two kinds of evidence: the letters (þ and ð are nearly
 * Icelandic-only, Faroese shares ð; ø and å are Danish/Norwegian/Faroese, ä ü ß German) and the
 * share of words that are common function words of each language. No model, a few lists: the
 * import form only has to warn before someone pastes Danish or English by mistake.
 */
const LANGUAGES = ["is", "en", "da", "no", "de", "fo"] as const;
export type Language = (typeof LANGUAGES)[number];
export type LanguageVerdict = "icelandic" | "not-icelandic" | "uncertain";

export interface LanguageGuess {
  verdict: LanguageVerdict;
  /** The most likely language, or undefined when nothing points anywhere. */
  language: Language | undefined;
  /** 0–1: how far the best language is ahead of the runner-up, and how much text there was. */
  confidence: number;
  scores: Record<Language, number>;
}

const FUNCTION_WORDS: Record<Language, readonly string[]> = {
  is: ["og", "að", "í", "á", "er", "sem", "var", "um", "við", "það", "ekki", "hann", "hún", "til", "með", "af", "fyrir", "eru", "ég", "þetta", "þá", "hefur", "frá", "eftir", "þar", "þegar", "vegna", "eða", "þeir", "þau", "verður", "einnig", "hafa", "mun", "voru", "sagði", "hjá", "ekkert", "líka", "þó", "úr", "sig", "sér", "þess", "þeim", "hafi", "hvað"],
  en: ["the", "and", "of", "to", "is", "in", "that", "it", "was", "for", "with", "he", "she", "on", "are", "as", "not", "by", "this", "be", "have", "has", "from", "at", "they", "which", "or", "an", "were", "but", "his", "her", "will", "would", "said"],
  da: ["og", "at", "det", "er", "en", "den", "til", "på", "som", "ikke", "med", "har", "jeg", "af", "for", "de", "der", "et", "var", "sig", "han", "hun", "men", "fra", "blev", "efter", "også", "kan", "skal", "vil", "når", "hvad", "meget", "nogle"],
  no: ["og", "at", "det", "er", "en", "den", "til", "på", "som", "ikke", "med", "har", "jeg", "av", "for", "de", "et", "var", "seg", "han", "hun", "men", "fra", "ble", "etter", "også", "kan", "skal", "vil", "når", "hva", "mye", "noen", "ei", "hadde"],
  de: ["und", "der", "die", "das", "nicht", "ist", "ich", "sie", "mit", "zu", "den", "ein", "eine", "in", "von", "es", "auf", "für", "dem", "sich", "auch", "wird", "wurde", "aus", "bei", "nach", "noch", "wie", "aber", "oder"],
  fo: ["og", "at", "í", "á", "er", "sum", "var", "um", "við", "tað", "ikki", "hann", "hon", "til", "við", "av", "fyri", "eru", "eg", "hetta", "tá", "hevur", "frá", "eftir", "har", "tí", "ella", "teir", "tey", "verður", "eisini", "hava", "ein", "eitt", "sær", "meira", "nú"],
};

const SETS = new Map(LANGUAGES.map((language) => [language, new Set(FUNCTION_WORDS[language])]));

/** Letters as evidence per language: a share of words containing them raises or lowers a score. */
const LETTERS: readonly { pattern: RegExp; weights: Partial<Record<Language, number>> }[] = [
  { pattern: /[þÞ]/u, weights: { is: 1.5, fo: -0.5, da: -1, no: -1, de: -1, en: -1 } },
  { pattern: /[ðÐ]/u, weights: { is: 0.8, fo: 0.8, da: -1, no: -1, de: -1, en: -1 } },
  { pattern: /[øØåÅ]/u, weights: { is: -1.5, fo: 0.6, da: 1, no: 1 } },
  { pattern: /[äüßÄÜ]/u, weights: { is: -1.5, de: 1.2 } },
  { pattern: /[éÉ]/u, weights: { is: 0.3, fo: -0.3 } },
  { pattern: /[áíóúýÁÍÓÚÝ]/u, weights: { is: 0.4, fo: 0.4, da: -0.3, no: -0.3, en: -0.5, de: -0.3 } },
  { pattern: /[æÆ]/u, weights: { is: 0.3, fo: 0.3, da: 0.3, no: 0.3, en: -0.5, de: -0.5 } },
  { pattern: /[öÖ]/u, weights: { is: 0.4, de: 0.3, da: -0.3, no: -0.3, fo: -0.3 } },
];

const WORD = /\p{L}+/gu;

export function detectLanguage(text: string): LanguageGuess {
  const words = [...text.normalize("NFC").toLowerCase().matchAll(WORD)].map((m) => m[0]);
  const scores: Record<Language, number> = { is: 0, en: 0, da: 0, no: 0, de: 0, fo: 0 };
  if (words.length === 0) return { verdict: "uncertain", language: undefined, confidence: 0, scores };
  for (const language of LANGUAGES) {
    const set = SETS.get(language)!;
    scores[language] += (3 * words.filter((word) => set.has(word)).length) / words.length;
  }
  for (const { pattern, weights } of LETTERS) {
    const share = Math.min(1, (4 * words.filter((word) => pattern.test(word)).length) / words.length);
    for (const language of LANGUAGES) scores[language] += (weights[language] ?? 0) * share;
  }
  const ranked = [...LANGUAGES].sort((a, b) => scores[b] - scores[a]);
  const best = ranked[0]!;
  if (scores[best] <= 0.2) return { verdict: "uncertain", language: undefined, confidence: 0, scores };
  // The question is Icelandic or not, so the margin is Icelandic against the best other language
  // (Danish and Norwegian being close to each other does not make a text less "not Icelandic").
  const other = ranked.find((language) => language !== "is")!;
  const margin = Math.abs(scores.is - scores[other]);
  // A handful of words proves little: confidence grows with length up to ~12 words.
  const confidence = Math.min(1, margin / 0.8) * Math.min(1, words.length / 12);
  const verdict: LanguageVerdict = confidence < 0.25 ? "uncertain" : scores.is > scores[other] ? "icelandic" : "not-icelandic";
  return { verdict, language: best, confidence, scores };
}
