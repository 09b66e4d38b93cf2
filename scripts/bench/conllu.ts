import { readFileSync } from "node:fs";
import type { Upos } from "../../lib/analysis/types";

export interface GoldWord {
  form: string;
  lemma: string;
  upos: string;
  feats: Record<string, string>;
  /** UTF-16 offsets into the sentence text (a multi-word token's words share its span). */
  start: number;
  end: number;
}
export interface GoldSentence {
  text: string;
  words: GoldWord[];
}

function parseFeats(column: string): Record<string, string> {
  if (column === "_") return {};
  return Object.fromEntries(column.split("|").map((pair) => pair.split("=") as [string, string]));
}

/** CoNLL-U sentences with each word located in `# text` (searched in order). */
export function readConllu(file: string): GoldSentence[] {
  const sentences: GoldSentence[] = [];
  for (const block of readFileSync(file, "utf8").split(/\n\s*\n/)) {
    const lines = block.split("\n").filter(Boolean);
    const text = lines.find((l) => l.startsWith("# text = "))?.slice(9);
    if (text === undefined) continue;
    const words: GoldWord[] = [];
    let cursor = 0;
    let rangeEnd = 0;
    let range: { start: number; end: number } | undefined;
    for (const line of lines) {
      if (line.startsWith("#")) continue;
      const [id = "", form = "", lemma = "", upos = "", , feats = "_"] = line.split("\t");
      if (id.includes(".")) continue;
      if (id.includes("-")) {
        const at = text.indexOf(form, cursor);
        const start = at >= 0 ? at : cursor;
        range = { start, end: start + form.length };
        rangeEnd = Number(id.split("-")[1]);
        cursor = range.end;
        continue;
      }
      let span: { start: number; end: number };
      if (range && Number(id) <= rangeEnd) span = range;
      else {
        range = undefined;
        const at = text.indexOf(form, cursor);
        span = at >= 0 ? { start: at, end: at + form.length } : { start: cursor, end: cursor };
        cursor = span.end;
      }
      words.push({ form, lemma, upos, feats: parseFeats(feats), ...span });
    }
    sentences.push({ text, words });
  }
  return sentences;
}

const UPOS: ReadonlySet<string> = new Set<Upos>([
  "NOUN", "PROPN", "VERB", "AUX", "ADJ", "ADV", "PRON", "DET", "NUM",
  "ADP", "CCONJ", "SCONJ", "PART", "INTJ", "PUNCT", "SYM", "X",
]);
const isUpos = (value: string): value is Upos => UPOS.has(value);

/** Every word of a CoNLL-U file with a valid UPOS, lemma in NFC (for lemma coverage counts). */
export function readGoldLemmas(file: string): { form: string; lemma: string; upos: Upos }[] {
  return readConllu(file).flatMap((sentence) =>
    sentence.words.flatMap(({ form, lemma, upos }) => (isUpos(upos) ? [{ form, lemma: lemma.normalize("NFC"), upos }] : [])),
  );
}
