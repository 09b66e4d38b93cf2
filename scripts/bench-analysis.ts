/**
 * npm run bench:analysis — accuracy of the automatic analysis on the two Icelandic UD dev sets
 * (../shared/data/ud, read in place, never copied), beside lemma-is alone in the same run;
 * agreement with the built-in article's curated grammar; speed and memory of the worker.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { createGreynirAnalyzer } from "../lib/analysis/greynir-analyzer";
import { createLemmaIsAnalyzer } from "../lib/analysis/lemma-is-analyzer";
import { WORKER_DIR, chooseEngine } from "../lib/analysis/factory";
import type { Analyzer } from "../lib/analysis/types";
import { WorkerPool } from "../lib/analysis/worker-pool";
import { lemmaIs } from "../lib/lemma/lemma-is";
import { segment } from "../lib/text/segment";
import { readConllu } from "./bench/conllu";
import { agrees, readCurated } from "./bench/curated";
import { align, emptyTally, score, type Convention, type Tally } from "./bench/score";
import { table } from "./bench/measure";

const choice = chooseEngine({ SAMHLIDA_PYTHON: process.env.SAMHLIDA_PYTHON });
if (choice.engine !== "greynir") {
  console.log(`bench:analysis needs the Python worker (${choice.why}); run \`npm run setup:python\`.`);
  process.exit(0);
}
const workers = Number(process.env.SAMHLIDA_ANALYSIS_WORKERS ?? 2);
const client = new WorkerPool(workers, { python: choice.python, cwd: WORKER_DIR, timeoutMs: 300_000, maxQueue: 2000 });
const greynir = createGreynirAnalyzer(client, workers);
const baseline = createLemmaIsAnalyzer(lemmaIs());
// Two decimals: the goals sit at whole percentages and a figure can be a word either side of one.
const pct = (a: number, b: number) => (b === 0 ? "—" : `${((100 * a) / b).toFixed(2)} %`);
/** CPU seconds the worker has used: on a shared machine, steadier than wall-clock time. */
const cpuS = () => client.pids.reduce((sum, pid) => {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return sum + (Number(fields[11] ?? 0) + Number(fields[12] ?? 0)) / 100;
}, 0);
const rssMb = () => client.pids.map((pid) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024);

// Cold start: new worker processes answering their first short sentence (all start at once).
let t0 = performance.now();
await Promise.all(Array.from({ length: workers }, () => greynir.analyze("Hér er stutt setning.")));
const coldMs = performance.now() - t0;

const dir = path.resolve(process.cwd(), "..", "shared", "data", "ud");
const sets: [string, string, Convention][] = [["GC (news)", "is_gc-ud-dev.conllu", "gc"], ["Modern (parliament, sports)", "is_modern-ud-dev.conllu", "modern"]];
const rows: string[][] = [["set", "analyser", "words", "lemma", "UPOS", "case", "number", "all features"]];
const misses = new Map<string, number>();
const goalLines: string[] = [];
let warmWords = 0;
let warmMs = 0;
let warmCpu = 0;
if (!existsSync(dir)) console.log(`No UD dev sets at ${dir}: accuracy skipped.\n`);
// `-- --speed` skips the accuracy parts (for re-measuring speed when the machine is quieter).
const speedOnly = process.argv.includes("--speed");
const dumpAt = process.argv.indexOf("--dump");
const dumpDir = dumpAt > 0 ? process.argv[dumpAt + 1] : undefined;
if (dumpDir) mkdirSync(dumpDir, { recursive: true });
for (const [name, file, convention] of existsSync(dir) && !speedOnly ? sets : []) {
  const sentences = readConllu(path.join(dir, file));
  const tallies: [string, Analyzer, Tally][] = [["GreynirEngine + BÍN (ours)", greynir, emptyTally()], ["lemma-is, first candidate", baseline, emptyTally()]];
  for (const [label, analyzer, tally] of tallies) {
    const start = performance.now();
    const cpuStart = cpuS();
    const results = await Promise.all(sentences.map((sentence) => analyzer.analyze(sentence.text)));
    if (dumpDir && label.startsWith("Grey")) {
      // `-- --dump DIR`: every gold word beside our token, for reading the errors by kind
      writeFileSync(path.join(dumpDir, `${convention}.jsonl`), sentences.flatMap((sentence, i) => sentence.words.map((word) =>
        JSON.stringify({ s: i, gold: word, ours: align(word, results[i]!.tokens) ?? null }))).join("\n") + "\n");
    }
    for (const [i, sentence] of sentences.entries()) {
      const { tokens } = results[i]!;
      for (const word of sentence.words) {
        score(tally, word, align(word, tokens), convention, label.startsWith("Grey") ? (gold, ours) => {
          for (const k of new Set([...Object.keys(gold), ...Object.keys(ours)])) if (gold[k] !== ours[k]) {
            const key = `${convention} ${word.upos} ${k}: gold ${gold[k] ?? "–"} ours ${ours[k] ?? "–"}`;
            misses.set(key, (misses.get(key) ?? 0) + 1);
          }
        } : undefined);
      }
    }
    if (label.startsWith("Grey")) {
      warmMs += performance.now() - start; warmCpu += cpuS() - cpuStart; warmWords += tally.words;
      const met = (right: number, all: number, goal: number) => (all > 0 && (100 * right) / all >= goal ? "met" : "not met");
      goalLines.push(`${name}: lemma ${met(tally.lemma, tally.words, 97)}, case ${met(tally.caseRight, tally.caseAll, 95)}, number ${met(tally.numRight, tally.numAll, 97)}`);
    }
    rows.push([name, label, String(tally.words), pct(tally.lemma, tally.words), pct(tally.upos, tally.words), pct(tally.caseRight, tally.caseAll), pct(tally.numRight, tally.numAll), pct(tally.feats, tally.words)]);
  }
}
console.log("Accuracy on the UD dev sets (punctuation left out; conventions in scripts/bench/score.ts)");
table(rows);
if (goalLines.length > 0) console.log(`Goals as measured (lemma ≥ 97 %, case ≥ 95 %, number ≥ 97 %): ${goalLines.join("; ")}\n`);
if (process.argv.includes("--misses")) {
  for (const [key, n] of [...misses].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(String(n).padStart(5), key);
}

// Agreement with the curated grammar of the built-in article.
const slug = "drone-attack-anbar";
const source = readFileSync(`content/articles/${slug}/source.is.txt`, "utf8");
const glosses: Record<string, { form: string; grammar: string }[]> = JSON.parse(readFileSync(`content/articles/${slug}/glosses.json`, "utf8"));
const sentenceById = new Map(segment(source).flatMap((p) => p.sentences.map((s) => [s.id, s] as const)));
let compared = 0, agreed = 0, nothing = 0;
const disagreements: string[][] = [["sentence", "form", "curated", "automatic"]];
for (const [id, entries] of speedOnly ? [] : Object.entries(glosses)) {
  const sentence = sentenceById.get(id as `p${number}.s${number}`);
  if (!sentence) continue;
  const { tokens } = await greynir.analyze(sentence.text);
  const used = new Set<number>();
  for (const entry of entries) {
    const index = tokens.findIndex((t, i) => !used.has(i) && t.form === entry.form);
    used.add(index);
    const token = tokens[index];
    const expected = readCurated(entry.grammar);
    if (!expected.classes && Object.keys(expected.feats).length === 0) { nothing += 1; continue; }
    compared += 1;
    if (agrees(expected, token)) agreed += 1;
    else disagreements.push([id, entry.form, entry.grammar.split(/[:(;]/)[0]!.trim(), token ? `${token.lemma} ${token.upos} ${Object.entries(token.feats ?? {}).map(([k, v]) => `${k}=${v}`).join("|")}` : "(no token)"]);
  }
}
console.log(`Curated grammar of ${slug}: ${agreed} of ${compared} forms agree (${pct(agreed, compared)}); ${nothing} forms name no feature`);
if (disagreements.length > 1) table(disagreements);

// Speed: a 1,000-word text of running news, paragraph by paragraph, and raw lemma-is lookups.
const words = source.split(/\s+/).filter(Boolean);
const text1000 = Array.from({ length: Math.ceil(1000 / words.length) }, () => source).join("\n").split(/\s+/).slice(0, 1000).join(" ");
const paragraphs = segment(text1000.replace(/(\.) /g, (m, dot, offset: number) => (offset % 7 === 0 ? `${dot}\n` : m))).map((p) => p.text);
const firstParagraph = segment(source)[0]!.text;
t0 = performance.now();
await greynir.analyze(firstParagraph);
const firstMs = performance.now() - t0;
t0 = performance.now();
const cpu1000 = cpuS();
await greynir.analyze(paragraphs.join("\n")); // one call, as an import would make
const totalMs = performance.now() - t0;
const totalCpu = cpuS() - cpu1000;
const lemmaWords = text1000.split(/\s+/).map((w) => w.replace(/[^\p{L}-]/gu, "")).filter(Boolean);
t0 = performance.now();
for (let i = 0; i < 20; i++) for (const w of lemmaWords) lemmaIs().lookup(w);
const lookupMs = (performance.now() - t0) / 20;
t0 = performance.now();
await baseline.analyze(text1000);
const baselineMs = performance.now() - t0;
table([
  ["measure", "value"],
  ["cold start (spawn, load grammar and BÍN, first sentence)", `${(coldMs / 1000).toFixed(2)} s`],
  ["warm speed over both dev sets (wall clock)", warmMs ? `${((1000 * warmWords) / warmMs).toFixed(0)} words/s` : "—"],
  ["warm speed over both dev sets (worker CPU time)", warmCpu ? `${(warmWords / warmCpu).toFixed(0)} words/CPU-s` : "—"],
  ["machine load average (1 min) at the end", (await import("node:os")).loadavg()[0]!.toFixed(1)],
  [`first paragraph of the article (${firstParagraph.split(/\s+/).length} words)`, `${(firstMs / 1000).toFixed(2)} s`],
  [`1,000-word text (${paragraphs.length} paragraphs, one analyze() call, ${workers} workers)`, `${(totalMs / 1000).toFixed(2)} s wall, ${totalCpu.toFixed(2)} s worker CPU`],
  ["same 1,000 words: lemma-is analyzer (fallback)", `${baselineMs.toFixed(1)} ms`],
  ["same 1,000 words: raw lemma-is lookups", `${lookupMs.toFixed(2)} ms`],
  ["ratio: worker ÷ raw lemma-is lookups", `${(totalMs / lookupMs).toFixed(0)}×`],
  ["worker resident memory (VmRSS) at the end", rssMb().map((mb) => `${mb.toFixed(0)} MB`).join(" + ")],
]);
client.close();
