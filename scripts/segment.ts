/**
 * Sentence segmentation for authors and scripts.
 *   npm run --silent segment < text.txt          one sentence per line, a blank line between paragraphs
 *   npm run --silent segment -- --jsonl < in.jsonl  one JSON string per line in, one JSON array out
 */
import { text } from "node:stream/consumers";
import { segment } from "../lib/text/segment";

const sentencesOf = (input: string) => segment(input).flatMap((paragraph) => paragraph.sentences.map((s) => s.text));

function plain(input: string): string {
  return segment(input)
    .map((paragraph) => paragraph.sentences.map((sentence) => sentence.text).join("\n"))
    .join("\n\n");
}

function jsonl(input: string): { output: string[]; errors: string[] } {
  const output: string[] = [];
  const errors: string[] = [];
  input.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === "") return;
    try {
      const value: unknown = JSON.parse(line);
      if (typeof value !== "string") throw new Error("expected a JSON string");
      output.push(JSON.stringify(sentencesOf(value.normalize("NFC"))));
    } catch (error) {
      errors.push(`line ${index + 1}: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
  return { output, errors };
}

const input = await text(process.stdin);
if (process.argv.includes("--jsonl")) {
  const { output, errors } = jsonl(input);
  if (output.length > 0) process.stdout.write(`${output.join("\n")}\n`);
  for (const error of errors) process.stderr.write(`segment: ${error}\n`);
  process.exitCode = errors.length > 0 ? 1 : 0;
} else {
  const result = plain(input.normalize("NFC"));
  if (result) process.stdout.write(`${result}\n`);
}
