/**
 * npm run bench — one table of speed, size and quality figures, each beside a baseline measured
 * in the same run and the target it answers to. Builds the app, serves it on 127.0.0.1, measures,
 * prints the table and writes it to bench/results/. Nothing here is asserted.
 *   --quick      shorter runs (1 Lighthouse run, 3 s loads): for a look, not for the record
 *   --no-build   measure the existing build
 */
import os from "node:os";
import { measure as jsSize } from "./bench/js-size";
import { measure as lemmaLookup } from "./bench/lemma-lookup";
import { measure as lighthouse } from "./bench/lighthouse";
import { measure as readerBuild } from "./bench/reader-build";
import { measure as readerHtml } from "./bench/reader-html";
import { printTable, writeResults } from "./bench/report";
import { measure as segmentation } from "./bench/segmentation";
import { build, chromiumPath, startNext } from "./bench/server";
import { measureSlot, slots } from "./bench/slots";
import { measure as throughput } from "./bench/throughput";
import type { BenchContext, Figure, Measurement } from "./bench/types";
import { measure as vocabSearch } from "./bench/vocab-search";

const args = new Set(process.argv.slice(2));
const quick = args.has("--quick");
const PORT = Number(process.env.BENCH_PORT ?? 3290);

async function main() {
  // Figures from a shared machine move with its load: both ends of the run are recorded.
  const loadAtStart = os.loadavg().map((l) => l.toFixed(2)).join(" ");
  const figures: Figure[] = [];
  const step = async (name: string, measurement: Measurement, context: BenchContext) => {
    process.stderr.write(`bench: ${name}…\n`);
    try {
      figures.push(...(await measurement(context)));
    } catch (error) {
      figures.push({ section: name, measure: "failed", value: error instanceof Error ? error.message : String(error) });
    }
  };

  if (!args.has("--no-build")) {
    process.stderr.write("bench: next build…\n");
    build();
  }
  const server = await startNext(PORT);
  const context: BenchContext = { baseUrl: server.url, chromiumPath: chromiumPath(), readerPath: "/en/read/drone-attack-anbar", libraryPath: "/en", quick };
  try {
    // In-process figures first, while the server idles; then the server's, alone on the machine.
    await step("segmentation", segmentation, context);
    await step("lemma lookup", lemmaLookup, context);
    await step("reader build", readerBuild, context);
    await step("vocabulary search", vocabSearch, context);
    await step("JavaScript", jsSize, context);
    await step("reader HTML", readerHtml, context);
    await step("Lighthouse", lighthouse, context);
    await step("throughput", throughput, context);
    for (const slot of slots) await step(slot.section, (c) => measureSlot(slot, c), context);
  } finally {
    await server.stop();
  }

  const date = new Date().toISOString();
  const meta = { date, quick, node: process.version, cpus: os.cpus().length, loadAtStart, load: os.loadavg().map((l) => l.toFixed(2)).join(" "), chromium: context.chromiumPath ?? "none" };
  console.log();
  printTable(figures);
  const file = writeResults(figures, `bench-${date.slice(0, 16).replace(/[:T]/g, "-")}${quick ? "-quick" : ""}`, meta);
  console.log(`\nWritten to ${file} (and bench/results/latest.*). Machine load average at the end: ${meta.load}.`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
