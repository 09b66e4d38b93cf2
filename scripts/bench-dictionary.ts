/**
 * npm run bench:dictionary — how many content lemmas get a meaning, from which source, and what
 * the dictionaries cost to load; each figure beside a baseline from the same run.
 *   npm run bench:dictionary -- --sample 30     also print that many random meanings to check by eye
 * The UD development sets are read from ../shared/data/ud when present; they are never shipped.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import type { AnalysisCompoundPart, Upos } from "../lib/analysis/types";
import { createMeaningChain, type MeaningSources } from "../lib/dictionary/chain";
import { splitByKnownHead } from "../lib/dictionary/compound-split";
import { indexDictionary } from "../lib/dictionary/dictionary-index";
import { readDictionaries } from "../lib/dictionary/load";
import { readCuratedMeanings } from "../lib/dictionary/curated";
import { lemmaIs } from "../lib/lemma/lemma-is";
import { resolveLemmas } from "../lib/lemma/resolve";
import { segment } from "../lib/text/segment";
import { tokenize } from "../lib/text/tokenize";
import { readGoldLemmas } from "./bench/conllu";
import { kb, ms, ratio, table, timeIt } from "./bench/measure";

const { values } = parseArgs({ options: { sample: { type: "string" }, ud: { type: "string" } } });
const CONTENT: readonly Upos[] = ["NOUN", "VERB", "ADJ", "ADV", "PROPN"];
const heap = () => process.memoryUsage().heapUsed;

console.log("Loading: parse the upstream files at first use (chosen), baseline: JSON.parse of a prebuilt index");
global.gc?.();
const heapBefore = heap();
const loadStart = performance.now();
const dictionaries = readDictionaries();
const loadMs = performance.now() - loadStart;
global.gc?.();
const heapLoaded = heap() - heapBefore;
const prebuilt = JSON.stringify(
  Object.fromEntries(["wiktionary", "apertium"].map((name) => [name, [...(name === "wiktionary" ? dictionaries.wiktionary : dictionaries.apertium).index.byLemma.values()].flat()])),
);
const jsonMs = timeIt(() => JSON.parse(prebuilt), 5);
const jsonIndexMs = timeIt(() => {
  const parsed: { wiktionary: never[]; apertium: never[] } = JSON.parse(prebuilt);
  indexDictionary(parsed.wiktionary);
  indexDictionary(parsed.apertium);
}, 5);
const warmParseMs = timeIt(() => readDictionaries(), 5);
table([
  ["way", "time", "vs baseline"],
  ["prebuilt JSON index: JSON.parse only (baseline)", ms(jsonMs), "1.00×"],
  ["prebuilt JSON index: parse + Map", ms(jsonIndexMs), ratio(jsonIndexMs, jsonMs)],
  ["upstream files, first call in this process (cold)", ms(loadMs), ratio(loadMs, jsonMs)],
  ["upstream files, warm (median of 5)", ms(warmParseMs), ratio(warmParseMs, jsonMs)],
]);
console.log(
  `Indexed headwords: Wiktionary ${dictionaries.wiktionary.index.size}, Apertium ${dictionaries.apertium.index.size}; ` +
    `heap after load +${kb(heapLoaded)}${global.gc ? "" : " (run with --expose-gc for a settled figure)"}; prebuilt index would be ${kb(prebuilt.length)} on disk`,
);
console.log("Cleaning:", JSON.stringify({ wiktionary: dictionaries.wiktionary.report, apertium: dictionaries.apertium.report }), "\n");

const lexicon = readCuratedMeanings();
const lemmatizer = lemmaIs();
const all: MeaningSources = { lexicon, wiktionary: dictionaries.wiktionary.index, apertium: dictionaries.apertium.index };
const full = createMeaningChain(all);
const hasMeaning = (lemma: string) => full.knownMeaningsFor({ lemma }).length > 0;

interface Lemma {
  lemma: string;
  upos: Upos;
}

const CLASS_OF_BIN: Record<string, Upos> = { no: "NOUN", so: "VERB", lo: "ADJ", ao: "ADV" };

/** The built-in article's content lemmas: lemma-is's candidate with a lexicon entry, else its first. */
function articleLemmas(): Lemma[] {
  const source = readFileSync("content/articles/drone-attack-anbar/source.is.txt", "utf8");
  const words = segment(source).flatMap((p) => p.sentences.flatMap((s) => tokenize(s))).filter((t) => t.kind === "word");
  return words.flatMap((token) => {
    const candidates = resolveLemmas(token.text, lemmatizer);
    const chosen = candidates.find((c) => lexicon.words.has(c.lemma.toLocaleLowerCase("is"))) ?? candidates[0];
    if (!chosen) return [];
    const upos = /^\p{Lu}/u.test(chosen.lemma) ? "PROPN" : CLASS_OF_BIN[chosen.pos];
    return upos ? [{ lemma: chosen.lemma, upos }] : [];
  });
}

const distinct = (lemmas: Lemma[]) => [...new Map(lemmas.filter((l) => CONTENT.includes(l.upos)).map((l) => [`${l.lemma}\t${l.upos}`, l])).values()];

const only = (sources: MeaningSources) => createMeaningChain(sources);
const SINGLE: [string, ReturnType<typeof createMeaningChain>][] = [
  ["Wiktionary alone (baseline)", only({ wiktionary: all.wiktionary })],
  ["Apertium alone", only({ apertium: all.apertium })],
  ["curated lexicon alone", only({ lexicon })],
];
const CUMULATIVE: [string, MeaningSources, boolean][] = [
  ["curated", { lexicon }, false],
  ["+ Wiktionary", { lexicon, wiktionary: all.wiktionary }, false],
  ["+ Apertium", all, false],
  ["+ compound parts", all, true],
];

function coverage(name: string, lemmas: Lemma[]) {
  const share = (hit: (l: Lemma) => boolean) => {
    const n = lemmas.filter(hit).length;
    return `${n} (${((100 * n) / lemmas.length).toFixed(1)} %)`;
  };
  const partsOf = new Map<string, AnalysisCompoundPart[] | undefined>(lemmas.map((l) => [l.lemma, splitByKnownHead(l.lemma, hasMeaning, lemmatizer)]));
  console.log(`Coverage: ${name}, ${lemmas.length} distinct content lemmas (NOUN VERB ADJ ADV PROPN) with ≥ 1 meaning`);
  table([
    ["source", "lemmas with a meaning"],
    ...SINGLE.map(([label, chain]) => [label, share((l) => chain.knownMeaningsFor(l).length > 0)]),
    ...CUMULATIVE.map(([label, sources, withParts]) => {
      const chain = createMeaningChain(sources);
      const parts = (l: Lemma) => (withParts ? partsOf.get(l.lemma) : undefined);
      return [`cumulative: ${label}`, share((l) => chain.knownMeaningsFor({ ...l, ...(parts(l) && { parts: parts(l) }) }).length > 0)];
    }),
  ]);
  const byClass = CONTENT.map((upos) => {
    const ofClass = lemmas.filter((l) => l.upos === upos);
    const hits = ofClass.filter((l) => full.knownMeaningsFor({ ...l, ...(partsOf.get(l.lemma) && { parts: partsOf.get(l.lemma) }) }).length > 0);
    return `${upos} ${hits.length}/${ofClass.length}`;
  });
  console.log(`  all sources by class: ${byClass.join(", ")}\n`);
}

coverage("built-in article (lemmas from lemma-is)", distinct(articleLemmas()));
const udDir = values.ud ?? path.join("..", "shared", "data", "ud");
const udFiles = ["is_gc-ud-dev.conllu", "is_modern-ud-dev.conllu"].map((f) => path.join(udDir, f)).filter((f) => existsSync(f));
if (udFiles.length === 0) console.log(`UD development sets not found in ${udDir} (pass --ud <dir>); coverage on them skipped.\n`);
for (const file of udFiles) coverage(`${path.basename(file)} (gold lemmas)`, distinct(readGoldLemmas(file)));

/** Whether a dictionary meaning says what a curated one says: equal, or one inside the other as whole words. */
function agrees(meaning: string | undefined, curated: readonly string[]): boolean {
  if (!meaning) return false;
  const norm = (text: string) => ` ${text.toLocaleLowerCase("en").replace(/^(to|the|a|an) /, "").trim()} `;
  const m = norm(meaning);
  return curated.some((c) => c.split(/[,;]\s*/).some((part) => m.includes(norm(part)) || norm(part).includes(m)));
}

const curatedWords = [...lexicon.words.values()].flat();
const judged = (ranking: "agreement" | "source-order") => {
  const chain = createMeaningChain({ wiktionary: all.wiktionary, apertium: all.apertium, ranking });
  const rows = curatedWords.map((entry) => ({ entry, first: chain.knownMeaningsFor({ lemma: entry.lemma, pos: entry.pos })[0] }));
  const glossed = rows.filter((r) => r.first);
  return { glossed: glossed.length, right: glossed.filter((r) => agrees(r.first?.text, r.entry.meanings)).length };
};
const sourceOrder = judged("source-order");
const agreement = judged("agreement");
console.log(`First dictionary meaning vs the curated lexicon (${curatedWords.length} hand-glossed lemmas; "agrees" = same words)`);
table([
  ["ranking", "lemmas glossed", "first meaning agrees"],
  ["Wiktionary first, then Apertium (baseline)", sourceOrder.glossed, `${sourceOrder.right} (${((100 * sourceOrder.right) / sourceOrder.glossed).toFixed(1)} %)`],
  ["both agree, then Apertium's default (chosen)", agreement.glossed, `${agreement.right} (${((100 * agreement.right) / agreement.glossed).toFixed(1)} %)`],
]);

const lookups = distinct(udFiles.flatMap((f) => readGoldLemmas(f)));
const rawMap = timeIt(() => lookups.forEach((l) => all.apertium?.byLemma.get(l.lemma)), 5);
const chainTime = timeIt(() => lookups.forEach((l) => full.knownMeaningsFor(l)), 5);
table([
  ["lookup of every UD content lemma", "median", "per lemma", "vs baseline"],
  ["Map.get on one dictionary (baseline)", ms(rawMap), `${((rawMap * 1000) / Math.max(1, lookups.length)).toFixed(2)} µs`, "1.00×"],
  ["knownMeaningsFor (lexicon + both dictionaries)", ms(chainTime), `${((chainTime * 1000) / Math.max(1, lookups.length)).toFixed(2)} µs`, ratio(chainTime, rawMap)],
]);

const sampleSize = Number(values.sample ?? 0);
if (sampleSize > 0) {
  // A fixed seed, so the sample checked by eye in docs/language-tools.md can be printed again.
  let seed = 20261125;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const withMeaning = lookups.filter((l) => full.knownMeaningsFor(l).some((m) => m.source !== "curated"));
  console.log(`${sampleSize} random UD content lemmas with a dictionary meaning (seed 20261125):`);
  for (let i = 0; i < sampleSize && withMeaning.length > 0; i++) {
    const [pick] = withMeaning.splice(Math.floor(random() * withMeaning.length), 1);
    if (!pick) break;
    console.log(`  ${pick.lemma} (${pick.upos}): ${full.knownMeaningsFor(pick).map((m) => `${m.text} [${m.source}]`).join("; ")}`);
  }
}
