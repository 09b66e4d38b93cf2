import { performance } from "node:perf_hooks";

/**
 * SAMHLIDA_BENCH_QUICK=1 times everything once without warm-up: the tests that run the README's
 * bench commands check that they work, not the figures, and must not hold the machine for minutes.
 */
const quick = process.env.SAMHLIDA_BENCH_QUICK === "1";

/** Median time of `runs` runs of fn, after warm-up: enough to compare two things in one process. */
export function timeIt(fn: () => unknown, runs = 15): number {
  if (quick) runs = 1;
  for (let i = 0; i < (quick ? 0 : 3); i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

export const ms = (value: number) => `${value.toFixed(2)} ms`;
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const ratio = (value: number, baseline: number) => `${(value / baseline).toFixed(2)}×`;

/** Prints rows as an aligned plain-text table (the first row is the header). */
export function table(rows: (string | number)[][]) {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  for (const row of rows) console.log(row.map((cell, c) => String(cell).padEnd(widths[c]!)).join("  "));
  console.log();
}
