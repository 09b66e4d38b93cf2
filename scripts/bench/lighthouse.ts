import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { median } from "./measure";
import type { BenchContext, Figure } from "./types";

interface Run {
  performance: number;
  accessibility: number;
  cls: number;
  tbt: number;
  dom: number;
}

/**
 * One Lighthouse mobile run (its default config: a mid-range phone, simulated slow 4G). A run
 * whose trace failed (Lighthouse's runtimeError, e.g. NO_NAVSTART, seen on a fresh Chromium's
 * first navigation) scores 0 and would drag a median down: it is run again, up to twice.
 */
async function run(url: string, port: number, attempt = 1): Promise<Run> {
  const result = await lighthouse(url, { port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility"] });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  if (result.lhr.runtimeError) {
    if (attempt < 3) return run(url, port, attempt + 1);
    throw new Error(`Lighthouse failed on ${url}: ${result.lhr.runtimeError.code}`);
  }
  const { categories, audits } = result.lhr;
  return {
    performance: Math.round((categories.performance?.score ?? 0) * 100),
    accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
    cls: audits["cumulative-layout-shift"]?.numericValue ?? Number.NaN,
    tbt: audits["total-blocking-time"]?.numericValue ?? Number.NaN,
    dom: audits["dom-size"]?.numericValue ?? Number.NaN,
  };
}

/**
 * Lighthouse mobile for the library and the reader, the median of 3 runs each (issue 9's targets:
 * performance ≥ 98, accessibility 100, CLS ≤ 0.01, TBT within 20 ms of the library's, ≤ 1,500
 * DOM elements). The system Chromium runs headless; runs alternate between the pages so load on
 * the machine falls on both alike.
 */
export async function measure(context: BenchContext): Promise<Figure[]> {
  if (!context.chromiumPath) return [{ section: "Lighthouse mobile", measure: "not measured", value: "no Chromium (set CHROMIUM_PATH)" }];
  const chrome = await chromeLauncher.launch({ chromePath: context.chromiumPath, chromeFlags: ["--headless", "--no-sandbox", "--disable-gpu"] });
  const library: Run[] = [];
  const reader: Run[] = [];
  try {
    const runs = context.quick ? 1 : 3;
    for (let i = 0; i < runs; i++) {
      library.push(await run(new URL(context.libraryPath, context.baseUrl).href, chrome.port));
      reader.push(await run(new URL(context.readerPath, context.baseUrl).href, chrome.port));
    }
  } finally {
    await chrome.kill();
  }
  const of = (runs: Run[], key: keyof Run) => median(runs.map((r) => r[key]));
  const lib = (key: keyof Run) => of(library, key);
  const rd = (key: keyof Run) => of(reader, key);
  const section = `Lighthouse mobile (median of ${reader.length})`;
  return [
    { section, measure: "reader performance", value: String(rd("performance")), baseline: `library ${lib("performance")}`, target: "≥ 98", met: rd("performance") >= 98, number: rd("performance") },
    { section, measure: "reader accessibility", value: String(rd("accessibility")), baseline: `library ${lib("accessibility")}`, target: "100", met: rd("accessibility") === 100, number: rd("accessibility") },
    { section, measure: "reader CLS", value: rd("cls").toFixed(3), baseline: `library ${lib("cls").toFixed(3)}`, target: "≤ 0.01", met: rd("cls") <= 0.01, number: rd("cls") },
    { section, measure: "reader TBT", value: `${Math.round(rd("tbt"))} ms`, baseline: `library ${Math.round(lib("tbt"))} ms`, target: "≤ library + 20 ms", met: rd("tbt") <= lib("tbt") + 20, number: rd("tbt") },
    { section, measure: "reader DOM elements", value: String(rd("dom")), baseline: `library ${lib("dom")}`, target: "≤ 1,500", met: rd("dom") <= 1500, number: rd("dom") },
    { section, measure: "library performance / accessibility", value: `${lib("performance")} / ${lib("accessibility")}`, number: lib("performance") },
  ];
}
