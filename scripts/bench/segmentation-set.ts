/**
 * The hand-written segmentation set (tests/text/segmentation-cases.txt) and boundary scoring
 * shared by its test and `npm run bench:segment`. A boundary is counted as the number of
 * non-space characters before a sentence start, so segmenters that return copies of the text
 * (with spacing or quotes rewritten) are scored on the same footing as ours, which returns offsets.
 */
import { readFileSync } from "node:fs";

export interface SegmentationCase {
  group: string;
  passage: string;
  sentences: string[];
}

export function loadSegmentationCases(path = "tests/text/segmentation-cases.txt"): SegmentationCase[] {
  const cases: SegmentationCase[] = [];
  let group = "";
  for (const block of readFileSync(path, "utf8").normalize("NFC").split(/\n\s*\n/u)) {
    const lines = block.split("\n").filter((line) => line.trim() !== "");
    for (const line of lines.filter((l) => l.startsWith("#"))) group = line.replace(/^#\s*(?:---)?\s*|\s*---\s*$/gu, "");
    const body = lines.filter((line) => !line.startsWith("#"));
    if (body.length === 0) continue;
    const passage = body.map((line, i) => (i === 0 ? line.replace(/^¶ /u, "") : line.startsWith("¶ ") ? `\n${line.slice(2)}` : ` ${line}`)).join("");
    cases.push({ group, passage, sentences: body.map((line) => line.replace(/^¶ /u, "")) });
  }
  return cases;
}

const visible = (text: string) => [...text].filter((char) => !/\s/u.test(char)).length;

/** Boundaries (as visible-character counts) between consecutive sentences; the start is not one. */
export function boundaries(sentences: readonly string[]): Set<number> {
  const result = new Set<number>();
  let count = 0;
  sentences.forEach((sentence, i) => {
    if (i > 0) result.add(count);
    count += visible(sentence);
  });
  return result;
}

export interface Score {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
}

export function score(pairs: Iterable<{ gold: Set<number>; predicted: Set<number> }>): Score {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const { gold, predicted } of pairs) {
    for (const b of predicted) if (gold.has(b)) tp++; else fp++;
    for (const b of gold) if (!predicted.has(b)) fn++;
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives: tp, falsePositives: fp, falseNegatives: fn, precision, recall, f1 };
}
