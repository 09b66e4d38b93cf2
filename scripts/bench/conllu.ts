import { readFileSync } from "node:fs";
import type { Upos } from "../../lib/analysis/types";

export interface GoldWord {
  form: string;
  lemma: string;
  upos: Upos;
}

/** Words of a CoNLL-U file (multi-word token ranges and empty nodes left out). Bench use only. */
export function readConllu(file: string): GoldWord[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .map((line) => line.split("\t"))
    .filter((cols) => cols.length === 10 && /^\d+$/.test(cols[0] ?? ""))
    .map((cols) => ({ form: cols[1] ?? "", lemma: (cols[2] ?? "").normalize("NFC"), upos: (cols[3] ?? "X") as Upos }));
}
