import { anchorCost, defaultWeights, type AnchorWeights } from "./anchor-cost";
import { englishAnchors, icelandicAnchors, type Anchors } from "./anchors";
import { icelandicEnglishModel, icelandicEnglishPriors, lengthCost, priorCost, standardModel, standardPriors, visibleLength } from "./length-cost";
import type { BeadPriors, LengthModel, Lexicon, Link } from "./types";

/**
 * Sentence alignment by dynamic programming over beads 1–1, 1–0, 0–1, 2–1, 1–2 and 2–2: the
 * cheapest path through the Icelandic × English grid, each bead costing its Gale–Church length
 * cost and prior plus (unless turned off) its anchor cost. Long texts are searched in a band
 * around the diagonal wide enough for any realistic drift.
 */
export interface AlignOptions {
  model?: LengthModel;
  priors?: BeadPriors;
  /** false gives plain Gale–Church. */
  anchors?: boolean;
  weights?: AnchorWeights;
  lexicon?: Lexicon;
}

const SHAPES: readonly [number, number][] = [[1, 1], [1, 0], [0, 1], [2, 1], [1, 2], [2, 2]];

function bandWidth(nIs: number, nEn: number): number {
  return Math.max(60, Math.abs(nIs - nEn) + 30, Math.ceil(0.1 * Math.max(nIs, nEn)));
}

export function alignSentences(is: readonly string[], en: readonly string[], options: AlignOptions = {}): Link[] {
  const model = options.model ?? icelandicEnglishModel;
  const priors = options.priors ?? icelandicEnglishPriors;
  const useAnchors = options.anchors ?? true;
  const weights = options.weights ?? defaultWeights;
  const isPrefix = prefixSums(is.map(visibleLength));
  const enPrefix = prefixSums(en.map(visibleLength));
  const isAnchors: Anchors[] = useAnchors ? is.map((s) => icelandicAnchors(s, options.lexicon)) : [];
  const enAnchors: Anchors[] = useAnchors ? en.map(englishAnchors) : [];
  const nIs = is.length;
  const nEn = en.length;
  const width = nIs === 0 ? nEn : bandWidth(nIs, nEn);

  const cols = nEn + 1;
  const cost = new Float64Array((nIs + 1) * cols).fill(Number.POSITIVE_INFINITY);
  const move = new Int8Array((nIs + 1) * cols).fill(-1);
  cost[0] = 0;

  const priorCosts = SHAPES.map(([di, dj]) => priorCost(`${di}-${dj}`, priors));
  const nullLength = useAnchors ? "prior" : "gale-church";
  for (let i = 0; i <= nIs; i++) {
    const center = nIs === 0 ? 0 : (i * nEn) / nIs;
    const from = Math.max(0, Math.floor(center - width));
    const to = Math.min(nEn, Math.ceil(center + width));
    for (let j = from; j <= to; j++) {
      if (i === 0 && j === 0) continue;
      let best = Number.POSITIVE_INFINITY;
      let bestMove = -1;
      for (let m = 0; m < SHAPES.length; m++) {
        const [di, dj] = SHAPES[m]!;
        if (di > i || dj > j) continue;
        const before = cost[(i - di) * cols + (j - dj)]!;
        if (before === Number.POSITIVE_INFINITY) continue;
        let total = before + priorCosts[m]! + lengthCost(isPrefix[i]! - isPrefix[i - di]!, enPrefix[j]! - enPrefix[j - dj]!, model, nullLength);
        if (useAnchors) total += anchorCost(isAnchors.slice(i - di, i), enAnchors.slice(j - dj, j), weights);
        if (total < best) {
          best = total;
          bestMove = m;
        }
      }
      cost[i * cols + j] = best;
      move[i * cols + j] = bestMove;
    }
  }

  const links: Link[] = [];
  for (let i = nIs, j = nEn; i > 0 || j > 0; ) {
    const shape = SHAPES[move[i * cols + j] ?? -1];
    if (!shape) throw new Error(`alignment has no path to ${i}, ${j}`);
    const [di, dj] = shape;
    links.push([range(i - di, i), range(j - dj, j)]);
    i -= di;
    j -= dj;
  }
  return links.reverse();
}

/** Plain Gale–Church: lengths and the standard priors only, c = 1, s² = 6.8. */
export function galeChurch(is: readonly string[], en: readonly string[]): Link[] {
  return alignSentences(is, en, { model: standardModel, priors: standardPriors, anchors: false });
}

function prefixSums(values: number[]): number[] {
  const sums = [0];
  for (const value of values) sums.push(sums[sums.length - 1]! + value);
  return sums;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, k) => from + k);
}
