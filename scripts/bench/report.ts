import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Figure } from "./types";

const columns = ["section", "measure", "value", "baseline (same run)", "target", "met"] as const;

function cells(figure: Figure): string[] {
  const met = figure.met === undefined ? "" : figure.met ? "yes" : "NO";
  return [figure.section, figure.measure, figure.value, figure.baseline ?? "", figure.target ?? "", met];
}

/** The one table, printed as aligned text. */
export function printTable(figures: Figure[]) {
  const rows = [[...columns], ...figures.map(cells)];
  const widths = columns.map((_, c) => Math.max(...rows.map((row) => row[c]!.length)));
  for (const row of rows) console.log(row.map((cell, c) => cell.padEnd(widths[c]!)).join("  ").trimEnd());
}

export function markdown(figures: Figure[], title: string): string {
  const escape = (cell: string) => cell.replaceAll("|", "\\|");
  return [
    `# ${title}`,
    "",
    `| ${columns.join(" | ")} |`,
    `|${columns.map(() => "---").join("|")}|`,
    ...figures.map((figure) => `| ${cells(figure).map(escape).join(" | ")} |`),
    "",
  ].join("\n");
}

/** Writes bench/results/<name>.json and .md, and the same as <latest>.*, for the issue notes. */
export function writeResults(figures: Figure[], name: string, meta: Record<string, unknown>, latest = "latest") {
  const dir = path.join(process.cwd(), "bench", "results");
  mkdirSync(dir, { recursive: true });
  const json = `${JSON.stringify({ ...meta, figures }, null, 2)}\n`;
  const command = latest === "latest" ? "npm run bench" : "npm run bench:load";
  const md = markdown(figures, `${command} — ${String(meta.date)}`) + `\n${Object.entries(meta).map(([k, v]) => `- ${k}: ${String(v)}`).join("\n")}\n`;
  for (const base of [name, latest]) {
    writeFileSync(path.join(dir, `${base}.json`), json);
    writeFileSync(path.join(dir, `${base}.md`), md);
  }
  return path.join("bench", "results", `${name}.md`);
}
