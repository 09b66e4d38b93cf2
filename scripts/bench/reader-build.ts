import { getReaderDocument } from "../../lib/reader/document";
import { segment } from "../../lib/text/segment";
import { tokenize } from "../../lib/text/tokenize";
import { ms, ratio, timeIt } from "./measure";
import { seed } from "./segmentation";
import type { Figure } from "./types";

/** A cold reader document build for the built-in article, beside segmenting and tokenizing it. */
export async function measure(): Promise<Figure[]> {
  const start = performance.now();
  await getReaderDocument("drone-attack-anbar");
  const build = performance.now() - start;
  const text = seed();
  const textOnly = timeIt(() => segment(text).forEach((p) => p.sentences.forEach((s) => tokenize(s))));
  return [{ section: "reader", measure: "reader document build, cold (analysis + lemmas + glosses)", value: ms(build), baseline: `segment + tokenize ${ms(textOnly)} (${ratio(build, textOnly)})`, number: build }];
}
