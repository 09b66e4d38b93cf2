import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { BenchContext, Figure, Measurement } from "./types";

/**
 * Measurements other work adds: each is a file here exporting `measure(context)` (see types.ts).
 * Until the file exists, its row says what it waits for, so the table's shape does not change.
 */
export const slots = [
  { file: "long-document.ts", section: "long document (issue 9)", awaits: "the reader rewrite: a generated 10,000-word document — time to first gloss, DOM elements per word (goal ≤ 2.5), longest task opening a gloss (goal ≤ 50 ms), memory" },
  { file: "analysis.ts", section: "analysis", awaits: "the analysis work (`npm run bench:analysis`)" },
  { file: "import.ts", section: "import", awaits: "the import page and /api/import" },
] as const;

export async function measureSlot(slot: (typeof slots)[number], context: BenchContext): Promise<Figure[]> {
  const file = path.join(import.meta.dirname, slot.file);
  if (!existsSync(file)) return [{ section: slot.section, measure: "pending", value: `awaits ${slot.awaits}` }];
  const loaded: { measure?: Measurement } = await import(pathToFileURL(file).href);
  if (typeof loaded.measure !== "function") return [{ section: slot.section, measure: "not measured", value: `${slot.file} exports no measure(context)` }];
  return loaded.measure(context);
}
