import { readFileSync } from "node:fs";
import { splitIntoSentences } from "tokenize-is";
import { segment } from "../../lib/text/segment";
import { ms, ratio, timeIt } from "./measure";
import type { Figure } from "./types";

export const seed = () => readFileSync("content/articles/drone-attack-anbar/source.is.txt", "utf8");
export const corpus = () => Array.from({ length: 200 }, seed).join("\n");

const cases = ["Hann kom 3. janúar. Hún fór.", "Fuglar, t.d. lundar, verpa hér.", "Um 2.500 hermenn. Fleiri koma.", "Lýðveldið var stofnað 17. júní 1944.", "Jón G. Friðjónsson kom."];

/** Sentence splitting of the seed article ×200, beside tokenize-is's splitIntoSentences. */
export async function measure(): Promise<Figure[]> {
  const text = corpus();
  const ours = timeIt(() => segment(text));
  const theirs = timeIt(() => text.split("\n").map((line) => splitIntoSentences(line)));
  const counts = cases.map((c) => `${segment(c)[0]?.sentences.length ?? 0}/${splitIntoSentences(c).length}`).join(" ");
  return [
    { section: "text", measure: "segmentation, article ×200 (lib/text/segment)", value: ms(ours), baseline: `tokenize-is ${ms(theirs)} (${ratio(ours, theirs)})`, number: ours },
    { section: "text", measure: "sentences in 5 hard cases, ours/tokenize-is", value: counts, baseline: "correct: 2 1 2 1 1" },
  ];
}
