/**
 * npm run bench:reader — the reader page's weight and the long-document figures, each beside the
 * library page (/en) measured in the same run. Builds nothing: start the app first, e.g.
 *   npm run build && npx next start -p 3200   then   BENCH_URL=http://127.0.0.1:3200 npm run bench:reader
 */
import { findChromium } from "./chromium";
import { chromium } from "playwright-core";
import { kb, table } from "./bench/measure";
import { measureLongDocument, type LongDocumentFigures } from "./bench/long-document";
import { pageFigures } from "./bench/page-figures";

const baseUrl = process.env.BENCH_URL ?? "http://127.0.0.1:3200";
const chromiumPath = findChromium();
if (!chromiumPath) throw new Error("bench:reader needs Chromium: install it or set CHROMIUM_PATH");
const ARTICLE = "/en/read/drone-attack-anbar";

const browser = await chromium.launch({ executablePath: chromiumPath, args: ["--headless", "--no-sandbox", "--disable-gpu"] });
const library = await pageFigures(browser, baseUrl, "/en");
const reader = await pageFigures(browser, baseUrl, ARTICLE);
await browser.close();

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
console.log(`Reader page ${ARTICLE} beside the library page /en (${baseUrl})`);
table([
  ["figure", "library /en", "reader", "goal"],
  ["HTML raw", kb(library.rawBytes), kb(reader.rawBytes), "≤ 150 KB"],
  ["HTML gzip", kb(library.gzipBytes), kb(reader.gzipBytes), "≤ 25 KB"],
  ["DOM elements", library.elements, reader.elements, "≤ 1,500"],
  ["DOM elements per word", "—", `${(reader.elements / reader.words).toFixed(2)} (${reader.words} words)`, "≤ 2.5"],
  ["until interactive (data-ready)", `${library.readyMs} ms`, `${reader.readyMs} ms`, ""],
  ["JS heap after GC", mb(library.heapBytes), mb(reader.heapBytes), ""],
]);

/** Each figure's median over three runs: on a shared machine one run can catch another process's work. */
function median(runs: LongDocumentFigures[]): LongDocumentFigures {
  const mid = <K extends keyof LongDocumentFigures>(key: K) => runs.map((run) => run[key]).sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;
  return { words: mid("words"), glossReadyMs: mid("glossReadyMs"), renderedMs: mid("renderedMs"), elements: mid("elements"), elementsPerWord: mid("elementsPerWord"), longestTaskMs: mid("longestTaskMs"), heapBytes: mid("heapBytes") };
}

let long: LongDocumentFigures | undefined;
try {
  const runs: LongDocumentFigures[] = [];
  for (let run = 0; run < 3; run++) runs.push(await measureLongDocument(baseUrl, chromiumPath));
  long = median(runs);
} catch (error) {
  console.log(`Long document: not measured (${error instanceof Error ? error.message.split("\n")[0] : String(error)})\n`);
}
if (long) {
  console.log(`Generated ${long.words.toLocaleString("en")}-word document from IndexedDB (/en/read/local), median of 3; baseline: the library page`);
  table([
    ["figure", "library /en", "long document", "goal"],
    ["until a gloss can be opened", `${library.readyMs} ms (data-ready)`, `${long.glossReadyMs} ms`, ""],
    ["until the whole text is on the page", "—", `${long.renderedMs} ms`, ""],
    ["DOM elements", library.elements, long.elements, ""],
    ["DOM elements per word", "—", long.elementsPerWord.toFixed(2), "≤ 2.5"],
    ["longest task opening a gloss", "—", `${long.longestTaskMs.toFixed(0)} ms`, "≤ 50 ms"],
    ["JS heap after GC", mb(library.heapBytes), mb(long.heapBytes), ""],
  ]);
}
