/**
 * Automatic analysis for authors and scripts.
 *   npm run --silent analyze < text.txt                 a readable table of every token
 *   npm run --silent analyze -- --jsonl < in.jsonl      one JSON string per line in; one JSON array
 *                                                       of tokens per line out, in the same order
 * The engine follows SAMHLIDA_ANALYSIS / SAMHLIDA_PYTHON (see lib/analysis/factory.ts).
 */
import { createInterface } from "node:readline";
import { text } from "node:stream/consumers";
import { z } from "zod";
import { createAnalyzer } from "../lib/analysis/factory";
import type { AnalyzedToken } from "../lib/analysis/types";

const analyzer = createAnalyzer();
const line = z.string();

// A reader that stops early (`| head`) closes the pipe: stop quietly, as Unix tools do.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  analyzer.close();
  process.exit(0);
});

function row(t: AnalyzedToken): string {
  const feats = Object.entries(t.feats ?? {}).map(([k, v]) => `${k}=${v}`).join("|") || "_";
  const gov = t.governor ? `← ${t.governor.form} (${t.governor.kind}, ${t.governor.case})` : "";
  const parts = t.parts ? t.parts.map((p) => `${p.form}:${p.lemma}`).join(" + ") : "";
  return [t.form, `${t.start}–${t.end}`, t.kind, t.lemma ?? "", t.upos ?? "", feats, parts, gov].join("\t");
}

async function jsonl(): Promise<number> {
  let failures = 0;
  let index = 0;
  for await (const input of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    index += 1;
    if (input.trim() === "") continue;
    try {
      const value = line.parse(JSON.parse(input)).normalize("NFC");
      const { tokens } = await analyzer.analyze(value);
      process.stdout.write(JSON.stringify(tokens) + "\n");
    } catch (error) {
      failures += 1;
      process.stdout.write("[]\n");
      process.stderr.write(`line ${index}: ${error instanceof Error ? error.message : String(error)}\n`);
    }
  }
  return failures;
}

async function plain(): Promise<number> {
  const input = (await text(process.stdin)).normalize("NFC");
  const analysis = await analyzer.analyze(input);
  console.log(`engine: ${analysis.engine} (automatic)`);
  console.log(["form", "offsets", "kind", "lemma", "upos", "features", "parts", "governor"].join("\t"));
  for (const token of analysis.tokens) console.log(row(token));
  return 0;
}

const failures = await (process.argv.includes("--jsonl") ? jsonl() : plain());
analyzer.close();
process.exitCode = failures > 0 ? 1 : 0;
