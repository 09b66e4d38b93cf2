/**
 * npm run bench:align — link precision, recall and F1 of lib/align (Gale–Church + anchors, with
 * and without a dictionary) beside plain Gale–Church, on the set built in scripts/bench/align-set.ts.
 */
import { alignSentences, galeChurch } from "../lib/align/align";
import { scoreLinks, type LinkScore } from "../lib/align/evaluate";
import type { Link } from "../lib/align/types";
import { lemmaIs } from "../lib/lemma/lemma-is";
import { alignmentCases, loadPassages } from "./bench/align-set";
import { wiktionaryLexicon } from "./bench/lexicon";
import { ms, table } from "./bench/measure";

const cases = alignmentCases();
const pairs = loadPassages().reduce((sum, p) => sum + p.pairs.length, 0);
const shapes = new Map<string, number>();
for (const c of cases) for (const [is, en] of c.gold) shapes.set(`${is.length}-${en.length}`, (shapes.get(`${is.length}-${en.length}`) ?? 0) + 1);
console.log(`Alignment set: ${pairs} sentence pairs in ${loadPassages().length} passages; ${cases.length} alignments (each passage as written and in 3 edited variants)`);
console.log(`Gold links by shape: ${[...shapes].sort().map(([shape, n]) => `${shape}: ${n}`).join(", ")}\n`);

const lemmatizer = lemmaIs();
const lexicon = wiktionaryLexicon((form) => [...new Set(lemmatizer.lookup(form).map((c) => c.lemma))]);
const percent = (value: number) => `${(value * 100).toFixed(1)} %`;

function run(name: string, align: (is: string[], en: string[]) => Link[]): string[] {
  const start = performance.now();
  const result: LinkScore = scoreLinks(cases.map((c) => ({ predicted: align(c.is, c.en), gold: c.gold })));
  const time = performance.now() - start;
  return [name, percent(result.precision), percent(result.recall), percent(result.f1), `${result.correct}/${result.gold}`, ms(time)];
}

table([
  ["aligner", "precision", "recall", "F1", "correct/gold", "time"],
  run("plain Gale–Church (c=1, s²=6.8)", galeChurch),
  run("Gale–Church, is→en length model", (is, en) => alignSentences(is, en, { anchors: false })),
  run("lib/align: + anchors", (is, en) => alignSentences(is, en)),
  ...(lexicon ? [run("lib/align: + anchors + dictionary", (is, en) => alignSentences(is, en, { lexicon }))] : []),
]);
if (!lexicon) console.log("(dictionary row skipped: ../shared/dictionaries/wiktionary-en-is not found)");
