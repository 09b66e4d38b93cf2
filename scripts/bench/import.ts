import { readFileSync } from "node:fs";
import { createLemmaIsAnalyzer } from "../../lib/analysis/lemma-is-analyzer";
import { lemmaIs } from "../../lib/lemma/lemma-is";
import { ms } from "./measure";
import type { BenchContext, Figure } from "./types";

/**
 * POST /api/import of a 1,000-word text against the running server: time to the `started` line,
 * to the first `paragraph`, and to `done` (goals: first paragraph ≤ 2 s, all ≤ 10 s on this
 * 2-core machine). The text is the built-in article's paragraphs, repeated to 1,000 words: real
 * news prose in paragraphs of a realistic size. Cold (the worker starts with the first import)
 * and warm runs; baselines: a one-sentence import, and lemma-is alone on the same text here.
 */
const WORDS = 1000;

export function thousandWords(): { text: string; paragraphs: number; words: number } {
  const source = readFileSync("content/articles/drone-attack-anbar/source.is.txt", "utf8").split("\n").filter((line) => line.trim());
  const paragraphs: string[] = [];
  let words = 0;
  for (let i = 0; words < WORDS; i++) {
    const paragraph = source[i % source.length]!;
    paragraphs.push(paragraph);
    words += paragraph.split(/\s+/u).filter(Boolean).length;
  }
  return { text: paragraphs.join("\n\n"), paragraphs: paragraphs.length, words };
}

interface Timings {
  started: number;
  firstParagraph: number;
  done: number;
  status: number;
  last: string;
}

export async function timeImport(baseUrl: string, text: string): Promise<Timings> {
  const start = performance.now();
  const response = await fetch(`${baseUrl}/api/import`, {
    method: "POST",
    headers: { origin: baseUrl, "content-type": "application/json" },
    body: JSON.stringify({ title: "Bench", text }),
  });
  const timings: Timings = { started: NaN, firstParagraph: NaN, done: NaN, status: response.status, last: "" };
  if (!response.ok || !response.body) return { ...timings, last: await response.text() };
  const decoder = new TextDecoder();
  let buffered = "";
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    buffered += decoder.decode(value, { stream: true });
    let newline: number;
    while ((newline = buffered.indexOf("\n")) >= 0) {
      const line = buffered.slice(0, newline);
      buffered = buffered.slice(newline + 1);
      const type = /"type":"([a-z]+)"/.exec(line)?.[1] ?? "";
      const now = performance.now() - start;
      if (type === "started") timings.started = now;
      if (type === "paragraph" && Number.isNaN(timings.firstParagraph)) timings.firstParagraph = now;
      if (type === "done" || type === "failed") {
        timings.done = now;
        timings.last = type === "failed" ? line : "done";
      }
    }
  }
  return timings;
}

const figure = (measure: string, value: number, baseline: string, target?: number): Figure => ({
  section: "import",
  measure,
  value: Number.isNaN(value) ? "—" : ms(value),
  baseline,
  ...(target !== undefined && { target: `≤ ${ms(target)}`, met: value <= target }),
  number: value,
});

export async function measure(context: BenchContext): Promise<Figure[]> {
  const { text, paragraphs, words } = thousandWords();
  const cold = await timeImport(context.baseUrl, text);
  if (cold.status !== 200) return [{ section: "import", measure: "POST /api/import", value: `HTTP ${cold.status}: ${cold.last.slice(0, 80)}` }];
  const warm = await timeImport(context.baseUrl, text);
  const tiny = await timeImport(context.baseUrl, "Hermennirnir fóru heim í gær.");
  const lemmaOnly = createLemmaIsAnalyzer(lemmaIs());
  const t = performance.now();
  for (const paragraph of text.split("\n\n")) await lemmaOnly.analyze(paragraph);
  const lemmaIsMs = performance.now() - t;
  const label = `${words} words, ${paragraphs} paragraphs`;
  const failed = [cold, warm].filter((run) => run.last !== "done").map((run) => run.last);
  return [
    figure(`to started (${label}), warm`, warm.started, `one sentence: ${ms(tiny.started)}`),
    figure("to first paragraph, warm", warm.firstParagraph, `cold (worker starting): ${ms(cold.firstParagraph)}`, 2000),
    figure("to done, warm", warm.done, `cold: ${ms(cold.done)}; lemma-is alone in-process: ${ms(lemmaIsMs)}`, 10_000),
    ...(failed.length > 0 ? [{ section: "import", measure: "ended with failed", value: failed.join(" | ").slice(0, 120) }] : []),
  ];
}
