/**
 * npm run bench — speed, memory and size figures, each beside a baseline measured in the same run.
 * Nothing here is asserted: figures are for reading and for the issue notes.
 */
import { readFileSync } from "node:fs";
import { splitIntoSentences } from "tokenize-is";
import { lemmaIs } from "../lib/lemma/lemma-is";
import { resolveLemmas } from "../lib/lemma/resolve";
import { getReaderDocument } from "../lib/reader/document";
import { segment } from "../lib/text/segment";
import { tokenize } from "../lib/text/tokenize";
import { saveWord } from "../lib/vocab/save";
import { filterWords } from "../lib/vocab/search";
import { measurePages } from "./bench/js-size";
import { kb, ms, ratio, table, timeIt } from "./bench/measure";

const seed = readFileSync("content/articles/drone-attack-anbar/source.is.txt", "utf8");
const corpus = Array.from({ length: 200 }, () => seed).join("\n");
console.log(`Corpus: the seed article ×200 = ${kb(Buffer.byteLength(corpus))}\n`);

console.log("Segmentation (sentences), baseline tokenize-is splitIntoSentences");
const ours = timeIt(() => segment(corpus));
const theirs = timeIt(() => corpus.split("\n").map((line) => splitIntoSentences(line)));
table([["segmenter", "median", "vs baseline"], ["tokenize-is", ms(theirs), "1.00×"], ["lib/text/segment", ms(ours), ratio(ours, theirs)]]);

const cases = ["Hann kom 3. janúar. Hún fór.", "Fuglar, t.d. lundar, verpa hér.", "Um 2.500 hermenn. Fleiri koma.", "Lýðveldið var stofnað 17. júní 1944.", "Jón G. Friðjónsson kom."];
table([
  ["case", "tokenize-is", "ours"],
  ...cases.map((text) => [text, String(splitIntoSentences(text).length), String(segment(text)[0]?.sentences.length ?? 0)]),
]);

console.log("Lemma lookup, baseline: lemma-is lookups alone");
const heapBefore = process.memoryUsage();
const loadStart = performance.now();
const lemmatizer = lemmaIs();
const loadMs = performance.now() - loadStart;
const heapAfter = process.memoryUsage();
const words = segment(corpus).flatMap((p) => p.sentences.flatMap((s) => tokenize(s))).filter((t) => t.kind === "word").map((t) => t.text);
const direct = timeIt(() => words.forEach((w) => lemmatizer.lookup(w)), 5);
const resolved = timeIt(() => words.forEach((w) => resolveLemmas(w, lemmatizer)), 5);
const memory = heapAfter.heapUsed + heapAfter.arrayBuffers - heapBefore.heapUsed - heapBefore.arrayBuffers;
table([
  ["step", "median", "per word", "vs baseline"],
  ["lemma-is lookup", ms(direct), `${((direct * 1000) / words.length).toFixed(2)} µs`, "1.00×"],
  ["resolveLemmas (+ compound heads)", ms(resolved), `${((resolved * 1000) / words.length).toFixed(2)} µs`, ratio(resolved, direct)],
]);
console.log(`lemma-is core binary: loaded in ${ms(loadMs)}, ${kb(memory)} heap + array buffers (${words.length} words timed)\n`);

console.log("Reader document for the first article (cold build includes lemma-is lookups and glossing)");
const build = performance.now();
getReaderDocument("drone-attack-anbar");
const buildMs = performance.now() - build;
const textOnly = timeIt(() => segment(seed).forEach((p) => p.sentences.forEach((s) => tokenize(s))));
table([["step", "time", "vs baseline"], ["segment + tokenize (baseline)", ms(textOnly), "1.00×"], ["full reader document", ms(buildMs), ratio(buildMs, textOnly)]]);

console.log("Vocabulary search over 5,000 saved words, baseline: a plain substring filter");
const now = new Date("2026-11-24T00:00:00Z");
const saved = Array.from({ length: 5000 }, (_, i) =>
  saveWord(undefined, { entryId: `orð${i}:noun`, lemma: `orð${i}`, pos: "noun", meaning: `word ${i}`, form: `orðinu${i}`, context: { slug: "s", title: "t", sentenceId: "p1.s1", is: "x", en: "y" } }, now),
);
const plain = timeIt(() => saved.filter((w) => w.lemma.includes("orð49")));
const full = timeIt(() => filterWords(saved, { query: "orð49", queryLemmas: ["orð49"], order: "alphabetical" }));
table([["search", "median", "vs baseline"], ["substring filter", ms(plain), "1.00×"], ["filterWords (forms, meanings, is-collation sort)", ms(full), ratio(full, plain)]]);

const sizes = measurePages(["en", "en/read/drone-attack-anbar", "en/vocabulary", "en/review"]);
if (sizes) {
  console.log("JavaScript the served pages load (gzip), baseline: Next's own App Router runtime");
  table([
    ["page", "scripts", "gzip", "vs baseline"],
    [sizes.baseline.page, sizes.baseline.scripts, kb(sizes.baseline.gzipBytes), "1.00×"],
    ...sizes.pages.map((p) => [`/${p.page}`, p.scripts, kb(p.gzipBytes), ratio(p.gzipBytes, sizes.baseline.gzipBytes)]),
  ]);
} else {
  console.log("JavaScript sizes: run `npm run build` first to measure the served pages.");
}
