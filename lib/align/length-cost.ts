import type { BeadPriors, LengthModel } from "./types";

/**
 * The Gale–Church (1993) length cost: −100·log P(δ) with δ the normalised difference between
 * the English length and the expected one, plus −100·log of the bead's prior. Lengths are
 * non-space characters.
 */

/** Gale and Church's own figures (c = 1, s² = 6.8) and bead priors, for the plain baseline. */
export const standardModel: LengthModel = { c: 1, s2: 6.8 };

export const standardPriors: BeadPriors = {
  "1-1": 0.89, "1-0": 0.0099 / 2, "0-1": 0.0099 / 2, "2-1": 0.089 / 2, "1-2": 0.089 / 2, "2-2": 0.011,
};

/**
 * Icelandic → English news: English runs ~8 % longer in characters (c = 1.078 measured on the
 * 150 pairs of the alignment set; s² there is 1.3, but those are close translations, so we keep
 * a wider 3). News translations drop, add, merge and split sentences more often than the
 * Canadian Hansard that Gale and Church measured; the priors are set to such rates
 * (docs/language-tools.md).
 */
export const icelandicEnglishModel: LengthModel = { c: 1.08, s2: 3 };

export const icelandicEnglishPriors: BeadPriors = {
  "1-1": 0.85, "1-0": 0.03, "0-1": 0.025, "2-1": 0.07, "1-2": 0.02, "2-2": 0.005,
};

/** Standard normal cumulative distribution (Abramowitz–Stegun 7.1.26 through erf). */
function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const erf = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

/**
 * Gale and Church charge a sentence left out as if it were translated by nothing, which makes
 * leaving one out nearly impossible; `nullLength: "prior"` charges it its prior only, which is
 * what our aligner does (a dropped sentence has no translation whose length could be off).
 */
export function lengthCost(isLength: number, enLength: number, model: LengthModel, nullLength: "gale-church" | "prior" = "gale-church"): number {
  if (isLength === 0 && enLength === 0) return 0;
  if (nullLength === "prior" && (isLength === 0 || enLength === 0)) return 0;
  const mean = (isLength + enLength / model.c) / 2;
  const z = (model.c * isLength - enLength) / Math.sqrt(model.s2 * mean);
  const probability = 2 * (1 - normalCdf(Math.abs(z)));
  return probability > 1e-12 ? -100 * Math.log(probability) : 2763; // −100·log(1e-12)
}

export function priorCost(shape: string, priors: BeadPriors): number {
  const probability = priors[shape];
  return probability && probability > 0 ? -100 * Math.log(probability) : Number.POSITIVE_INFINITY;
}

export const visibleLength = (sentence: string) => sentence.replace(/\s+/gu, "").length;
