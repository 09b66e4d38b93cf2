import { AnalysisBusyError, AnalysisTimeoutError } from "../analysis/errors";
import type { Analysis, AnalysisEngine, Analyzer } from "../analysis/types";
import type { MeaningsOf } from "../glossary/analysed-words";
import type { LexiconIndex } from "../glossary/lexicon";
import { GlossTable } from "../reader/gloss-table";
import type { AnalysisStamp } from "../reader/types";
import type { SentenceId } from "../text/types";
import { analysedParagraph, englishBySentence, startedDocument, type ImportedText } from "./import-document";
import type { ImportEvent, ImportResume } from "./import-protocol";
import type { InputIssue } from "./validate-input";

/**
 * The events of one import, in order: `started` with the whole text, one `paragraph` per
 * paragraph as its analysis lands, then `done` — or `failed` where the analysis stopped, so what
 * came before stays readable. Two paragraphs are analysed at a time (the worker pool has one
 * worker per core); events still go out in reading order.
 */
export interface ImportDeps {
  analyzer: Analyzer;
  meaningsOf: MeaningsOf;
  /** The editors' fixed expressions, looked for in every sentence. */
  phrases?: LexiconIndex;
  /** Machine translation of a paragraph's sentences ("" where it failed); only without a pasted translation. */
  translate?: (sentences: readonly string[]) => Promise<string[]>;
  signal?: AbortSignal;
  /** Paragraphs analysed at once (default 2). */
  window?: number;
  /** Only these paragraphs, glosses numbered from `glossBase` (finishing an import that stopped). */
  resume?: ImportResume;
  /**
   * The analysis this server runs (lib/analysis/version.ts): the started document carries it, and
   * `done` its version with the engine that actually ran.
   */
  analysis?: AnalysisStamp;
}

type Outcome = { ok: true; analysis: Analysis; english?: string[] } | { ok: false; error: unknown };

export class ImportBusyError extends Error {
  override name = "ImportBusyError";
}

function failureCode(error: unknown): Extract<ImportEvent, { type: "failed" }>["code"] {
  if (error instanceof AnalysisBusyError) return "analysis-busy";
  if (error instanceof AnalysisTimeoutError) return "analysis-timeout";
  return "analysis-failed";
}

/**
 * Starts an import. The first paragraph is sent to the analyser before anything is answered, so a
 * full worker queue is a refusal (ImportBusyError → 503) rather than a stream that fails at once.
 */
export async function startImport(text: ImportedText, issues: InputIssue[], deps: ImportDeps): Promise<AsyncGenerator<ImportEvent>> {
  const paragraphs = text.prepared.paragraphs;
  const order = deps.resume ? [...new Set(deps.resume.paragraphs)].filter((i) => i < paragraphs.length).sort((a, b) => a - b) : paragraphs.map((_, i) => i);
  const english = new Map(text.english ?? englishBySentence(text.prepared));
  const running: Promise<Outcome>[] = [];
  const run = (position: number): Promise<Outcome> => {
    const paragraph = paragraphs[order[position]!]!;
    const analysis = deps.analyzer.analyze(paragraph.text, deps.signal ? { signal: deps.signal } : undefined);
    const translated = deps.translate ? deps.translate(paragraph.sentences.map((s) => s.text)).catch(() => undefined) : Promise.resolve(undefined);
    return Promise.all([analysis, translated]).then(
      ([result, en]): Outcome => ({ ok: true, analysis: result, ...(en && { english: en }) }),
      (error: unknown): Outcome => ({ ok: false, error }),
    );
  };
  const window = Math.max(1, deps.window ?? 2);
  const schedule = (upTo: number) => {
    while (running.length < Math.min(upTo, order.length)) running.push(run(running.length));
  };
  schedule(1);
  if (running[0]) {
    // A full queue rejects at once; anything slower is a real analysis under way.
    const first = await Promise.race([running[0], new Promise<undefined>((resolve) => setImmediate(resolve, undefined))]);
    if (first && !first.ok && first.error instanceof AnalysisBusyError) throw new ImportBusyError(first.error.message);
  }
  return events(text, issues, deps, english, order, running, (upTo) => schedule(upTo + window));
}

async function* events(
  text: ImportedText,
  issues: InputIssue[],
  deps: ImportDeps,
  english: Map<SentenceId, string>,
  order: readonly number[],
  running: Promise<Outcome>[],
  scheduleAfter: (index: number) => void,
): AsyncGenerator<ImportEvent> {
  const base: ImportedText = { ...text, english };
  const document = { ...startedDocument(base), ...(deps.analysis && { analysis: deps.analysis }) };
  yield { type: "started", document, issues, paragraphs: document.paragraphs.length };
  const table = new GlossTable(deps.resume?.glossBase ?? 0);
  let engine: AnalysisEngine = "greynir";
  for (const [position, index] of order.entries()) {
    scheduleAfter(position);
    const outcome = await running[position]!;
    let event: ImportEvent;
    try {
      if (!outcome.ok) throw outcome.error;
      if (outcome.analysis.engine === "lemma-is") engine = "lemma-is";
      const paragraph = text.prepared.paragraphs[index]!;
      if (outcome.english) paragraph.sentences.forEach((sentence, k) => english.set(sentence.id, outcome.english?.[k] ?? ""));
      const before = table.size;
      const built = analysedParagraph(base, index, outcome.analysis, { meaningsOf: deps.meaningsOf, ...(deps.phrases && { phrases: deps.phrases }) }, table);
      event = { type: "paragraph", index, paragraph: built, glosses: table.entriesFrom(before) };
    } catch (error) {
      yield { type: "failed", code: failureCode(error), index };
      return;
    }
    yield event;
  }
  yield { type: "done", engine, ...(deps.analysis && { version: deps.analysis.version }) };
}
