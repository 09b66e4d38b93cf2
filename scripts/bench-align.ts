/**
 * npm run bench:align — link precision, recall and F1 of lib/align (Gale–Church + anchors, with
 * and without a dictionary) beside plain Gale–Church in the same run, on the set built in
 * scripts/bench/align-set.ts: first the variants the weights were chosen on, then held-out ones.
 */
import { alignSentences, galeChurch } from "../lib/align/align";
import { scoreLinks } from "../lib/align/evaluate";
import type { Link } from "../lib/align/types";
import { lemmaIs } from "../lib/lemma/lemma-is";
import { alignmentCases, HELD_OUT_SEEDS, loadPassages, TUNING_SEEDS, type AlignmentCase } from "./bench/align-set";
import { wiktionaryLexicon } from "./bench/lexicon";
import { ms, table } from "./bench/measure";

const lemmatizer = lemmaIs();
const lexicon = wiktionaryLexicon((form) => [...new Set(lemmatizer.lookup(form).map((c) => c.lemma))]);
const percent = (value: number) => `${(value * 100).toFixed(1)} %`;

function shapes(cases: AlignmentCase[]): string {
  const count = new Map<string, number>();
  for (const c of cases) for (const [is, en] of c.gold) count.set(`${is.length}-${en.length}`, (count.get(`${is.length}-${en.length}`) ?? 0) + 1);
  return [...count].sort().map(([shape, n]) => `${shape}: ${n}`).join(", ");
}

function run(cases: AlignmentCase[], name: string, align: (is: string[], en: string[]) => Link[]): string[] {
  const start = performance.now();
  const result = scoreLinks(cases.map((c) => ({ predicted: align(c.is, c.en), gold: c.gold })));
  const time = performance.now() - start;
  return [name, percent(result.precision), percent(result.recall), percent(result.f1), `${result.correct}/${result.gold}`, ms(time)];
}

function report(title: string, cases: AlignmentCase[]) {
  console.log(`${title}: ${cases.length} alignments; gold links by shape (is-en) ${shapes(cases)}`);
  table([
    ["aligner", "precision", "recall", "F1", "correct/gold", "time"],
    run(cases, "plain Gale–Church (c=1, s²=6.8)", galeChurch),
    run(cases, "Gale–Church, is→en model and priors", (is, en) => alignSentences(is, en, { anchors: false })),
    run(cases, "lib/align: + anchors", (is, en) => alignSentences(is, en)),
    ...(lexicon ? [run(cases, "lib/align: + anchors + dictionary", (is, en) => alignSentences(is, en, { lexicon }))] : []),
  ]);
}

const passages = loadPassages();
console.log(`Alignment set: ${passages.reduce((sum, p) => sum + p.pairs.length, 0)} sentence pairs in ${passages.length} passages (the built-in article + tests/align/parallel-news.txt)\n`);
report(`As written + edited variants, seeds ${TUNING_SEEDS.join(", ")} (weights chosen on these)`, alignmentCases(TUNING_SEEDS));
report(`Held-out edited variants, seeds ${HELD_OUT_SEEDS[0]}–${HELD_OUT_SEEDS.at(-1)}`, alignmentCases(HELD_OUT_SEEDS, false));
if (!lexicon) console.log("(dictionary rows skipped: ../shared/dictionaries/wiktionary-en-is not found)");
