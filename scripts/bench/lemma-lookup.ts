import { lemmaIs } from "../../lib/lemma/lemma-is";
import { resolveLemmas } from "../../lib/lemma/resolve";
import { segment } from "../../lib/text/segment";
import { tokenize } from "../../lib/text/tokenize";
import { kb, ms, ratio, timeIt } from "./measure";
import { corpus } from "./segmentation";
import type { Figure } from "./types";

/** Lemma lookup per word, beside lemma-is lookups alone; the binary's load time and memory. */
export async function measure(): Promise<Figure[]> {
  const before = process.memoryUsage();
  const start = performance.now();
  const lemmatizer = lemmaIs();
  const loadMs = performance.now() - start;
  const after = process.memoryUsage();
  const words = segment(corpus()).flatMap((p) => p.sentences.flatMap((s) => tokenize(s))).filter((t) => t.kind === "word").map((t) => t.text);
  const direct = timeIt(() => words.forEach((w) => lemmatizer.lookup(w)), 5);
  const resolved = timeIt(() => words.forEach((w) => resolveLemmas(w, lemmatizer)), 5);
  const perWord = (total: number) => `${((total * 1000) / words.length).toFixed(2)} µs/word`;
  const memory = after.heapUsed + after.arrayBuffers - before.heapUsed - before.arrayBuffers;
  return [
    { section: "lemmas", measure: "resolveLemmas (+ compound heads)", value: perWord(resolved), baseline: `lemma-is lookup ${perWord(direct)} (${ratio(resolved, direct)})`, number: (resolved * 1000) / words.length },
    { section: "lemmas", measure: "lemma-is core binary: load, memory", value: `${ms(loadMs)}, ${kb(memory)}`, number: loadMs },
  ];
}
