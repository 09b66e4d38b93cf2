import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { BinaryLemmatizer } from "lemma-is";
import type { Lemmatizer } from "./lemmatizer";

let instance: Lemmatizer | undefined;

/**
 * lemma-is with its compact BÍN binary (~9 MB, ~70 ms to load), loaded once per process.
 * The path is relative to the project root: the app, the scripts and the tests all run from there,
 * and Next traces the file into its output (next.config.js).
 */
export function lemmaIs(): Lemmatizer {
  if (!instance) {
    const buffer = readFileSync(path.join(process.cwd(), "node_modules", "lemma-is", "data-dist", "lemma-is.core.bin"));
    const binary = BinaryLemmatizer.loadFromBuffer(
      buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength),
    );
    instance = { lookup: (form) => binary.lemmatizeWithPOS(form).map(({ lemma, pos }) => ({ lemma, pos })) };
  }
  return instance;
}
