/**
 * npm run bench:segment — boundary precision, recall and F1 of our segmenter, tokenize-is and
 * Miðeind's tokenizer on the hand-written set (tests/text/segmentation-cases.txt). Every
 * segmenter gets the same input: each line of a passage on its own (a line is a paragraph).
 */
import { splitIntoSentences } from "tokenize-is";
import { segment } from "../lib/text/segment";
import { table } from "./bench/measure";
import { pythonWithTokenizer, runJsonLines } from "./bench/python";
import { boundaries, loadSegmentationCases, score, type Score, type SegmentationCase } from "./bench/segmentation-set";


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

function evaluate(splitter: Splitter, cases: SegmentationCase[]): Score {
  const output = splitter(cases.map((c) => c.passage.split("\n")));
  return score(cases.map((c, i) => ({ gold: boundaries(c.sentences), predicted: boundaries((output[i] ?? []).flat()) })));
}

const percent = (value: number) => `${(value * 100).toFixed(1)} %`;
const row = (name: string, s: Score) => [name, percent(s.precision), percent(s.recall), percent(s.f1), String(s.falsePositives), String(s.falseNegatives)];

const python = pythonWithTokenizer();

function report(title: string, cases: SegmentationCase[]) {
  const gold = cases.reduce((sum, c) => sum + c.sentences.length - 1, 0);
  console.log(`${title}: ${cases.length} passages, ${gold} sentence boundaries`);
  table([
    ["segmenter", "precision", "recall", "F1", "false splits", "missed"],
    row("lib/text/segment", evaluate(ours, cases)),
    row("tokenize-is", evaluate(tokenizeIs, cases)),
    python ? row("Miðeind tokenizer", evaluate(mideind(python), cases)) : ["Miðeind tokenizer", "not available", "", "", "", ""],
  ]);
}

report("Segmentation set (tests/text/segmentation-cases.txt; the rules were tuned on it)", loadSegmentationCases());
report("Held-out set (tests/text/segmentation-heldout.txt; written after the rules; its first run found two misses, since fixed)", loadSegmentationCases("tests/text/segmentation-heldout.txt"));
if (!python) console.log("(set SAMHLIDA_PYTHON to a Python with `tokenizer` installed, or create analysis-worker/.venv)");
