/**
 * Sentence alignment from the command line.
 *   npm run --silent align -- --is A --en B
 * A and B hold one sentence per line (Icelandic and English). Prints the links as JSON: a list
 * of [[Icelandic line indices], [English line indices]], 0-based, in order.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { alignSentences } from "../lib/align/align";

function sentences(path: string): string[] {
  const text = readFileSync(path, "utf8");
  if (text.trim() === "") return [];
  return text.normalize("NFC").replace(/\r\n?/gu, "\n").replace(/\n$/u, "").split("\n");
}

try {
  const { values } = parseArgs({ options: { is: { type: "string" }, en: { type: "string" } }, strict: true });
  if (!values.is || !values.en) throw new Error("usage: npm run --silent align -- --is <icelandic.txt> --en <english.txt>");
  const is = sentences(values.is);
  const en = sentences(values.en);
  process.stdout.write(`${JSON.stringify(alignSentences(is, en))}\n`);
} catch (error) {
  process.stderr.write(`align: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
