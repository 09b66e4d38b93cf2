import { spawnSync } from "node:child_process";
import path from "node:path";
import type { BenchContext, Figure } from "./types";

const SECTION = "analysis";

/**
 * The analysis slot of `npm run bench`: the worker's speed and memory, from `npm run bench:analysis
 * -- --speed` run as its own process (its worker pool must not share this process's event loop
 * with the server measurements). Accuracy on the UD dev sets takes minutes, so it stays in
 * `npm run bench:analysis` itself; the row below says so.
 */
export async function measure(context: BenchContext): Promise<Figure[]> {
  void context;
  const script = path.join(import.meta.dirname, "..", "bench-analysis.ts");
  const run = spawnSync(process.execPath, ["--import", "tsx", "--conditions=react-server", script, "--speed"], {
    encoding: "utf8",
    timeout: 600_000,
  });
  if (run.status !== 0) return [{ section: SECTION, measure: "failed", value: (run.stderr || run.stdout).trim().split("\n").pop() ?? "no output" }];
  const rows = run.stdout
    .split("\n")
    .map((line) => line.trim().split(/\s{2,}/))
    .filter((cells) => cells.length === 2 && cells[0] !== "measure" && !cells[1]!.startsWith("—"));
  if (rows.length === 0) return [{ section: SECTION, measure: "not measured", value: run.stdout.trim().split("\n")[0] ?? "no output" }];
  const figures: Figure[] = rows.map(([measure, value]) => ({ section: SECTION, measure: measure!, value: value! }));
  figures.push({ section: SECTION, measure: "accuracy on the UD dev sets", value: "npm run bench:analysis (minutes; figures in docs/language-tools.md)" });
  return figures;
}
