/**
 * npm run bench:segment — boundary precision, recall and F1 of our segmenter, tokenize-is and
 * Miðeind's tokenizer on the hand-written set (tests/text/segmentation-cases.txt). Every
 * segmenter gets the same input: each line of a passage on its own (a line is a paragraph).
 */
import { splitIntoSentences } from "tokenize-is";
import { segment } from "../lib/text/segment";
import { table } from "./bench/measure";
import { pythonWithTokenizer, runJsonLines } from "./bench/python";
import { boundaries, loadSegmentationCases, score, type Score } from "./bench/segmentation-set";

const cases = loadSegmentationCases();
const lines = cases.map((c) => c.passage.split("\n"));

type Splitter = (lines: string[][]) => string[][][];

const ours: Splitter = (passages) => passages.map((ls) => ls.map((line) => segment(line).flatMap((p) => p.sentences.map((s) => s.text))));
const tokenizeIs: Splitter = (passages) => passages.map((ls) => ls.map((line) => splitIntoSentences(line)));

function mideind(python: string): Splitter {
  return (passages) => {
    const flat = runJsonLines(python, "scripts/bench/mideind_segment.py", passages.flat());
    let at = 0;
    return passages.map((ls) => ls.map(() => {
      const value = flat[at++];
      return Array.isArray(value) ? value.map(String) : [];
    }));
  };
}

function evaluate(splitter: Splitter): Score {
  const output = splitter(lines);
  return score(cases.map((c, i) => ({ gold: boundaries(c.sentences), predicted: boundaries((output[i] ?? []).flat()) })));
}

const percent = (value: number) => `${(value * 100).toFixed(1)} %`;
const row = (name: string, s: Score) => [name, percent(s.precision), percent(s.recall), percent(s.f1), String(s.falsePositives), String(s.falseNegatives)];

const gold = cases.reduce((sum, c) => sum + c.sentences.length - 1, 0);
console.log(`Segmentation set: ${cases.length} passages, ${gold} sentence boundaries (tests/text/segmentation-cases.txt)\n`);
const python = pythonWithTokenizer();
table([
  ["segmenter", "precision", "recall", "F1", "false splits", "missed"],
  row("lib/text/segment", evaluate(ours)),
  row("tokenize-is", evaluate(tokenizeIs)),
  python ? row("Miðeind tokenizer", evaluate(mideind(python))) : ["Miðeind tokenizer", "not available", "", "", "", ""],
]);
if (!python) console.log("(set SAMHLIDA_PYTHON to a Python with `tokenizer` installed, or create analysis-worker/.venv)");
