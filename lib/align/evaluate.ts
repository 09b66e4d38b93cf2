import type { Link } from "./types";

/**
 * Link precision and recall: a predicted link counts only if a gold link has exactly the same
 * Icelandic and English sentences. Null links (1–0, 0–1) count like any other, so dropping or
 * inventing a sentence is an error too.
 */
export interface LinkScore {
  correct: number;
  predicted: number;
  gold: number;
  precision: number;
  recall: number;
  f1: number;
}

const key = ([is, en]: Link) => `${is.join(",")}|${en.join(",")}`;

export function countCorrect(predicted: readonly Link[], gold: readonly Link[]): number {
  const goldKeys = new Set(gold.map(key));
  return predicted.filter((link) => goldKeys.has(key(link))).length;
}

export function scoreLinks(runs: Iterable<{ predicted: readonly Link[]; gold: readonly Link[] }>): LinkScore {
  let correct = 0;
  let predicted = 0;
  let gold = 0;
  for (const run of runs) {
    correct += countCorrect(run.predicted, run.gold);
    predicted += run.predicted.length;
    gold += run.gold.length;
  }
  const precision = predicted === 0 ? 1 : correct / predicted;
  const recall = gold === 0 ? 1 : correct / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { correct, predicted, gold, precision, recall, f1 };
}
