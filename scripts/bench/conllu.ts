import { readFileSync } from "node:fs";
import type { Upos } from "../../lib/analysis/types";

export interface GoldWord {
  form: string;
  lemma: string;
  upos: Upos;
}

const UPOS: ReadonlySet<string> = new Set<Upos>([
  "NOUN", "PROPN", "VERB", "AUX", "ADJ", "ADV", "PRON", "DET", "NUM",
  "ADP", "CCONJ", "SCONJ", "PART", "INTJ", "PUNCT", "SYM", "X",
]);
const isUpos = (value: string): value is Upos => UPOS.has(value);

/** Words of a CoNLL-U file (multi-word token ranges and empty nodes left out). Bench use only. */
export function readConllu(file: string): GoldWord[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .map((line) => line.split("\t"))
    .flatMap(([id = "", form = "", lemma = "", upos = "", ...rest]) =>
      rest.length === 6 && /^\d+$/.test(id) && isUpos(upos) ? [{ form, lemma: lemma.normalize("NFC"), upos }] : [],
    );
}
