import type { AnalysisEngine } from "../analysis/types";
import type { GlossEntry } from "../glossary/types";
import type { AnalysisStamp, ReaderDocument, ReaderParagraph } from "../reader/types";
import type { InputIssue } from "./validate-input";

/**
 * The contract of POST /api/import between the server (prepare + analyse) and the browser
 * (progress, storage, reading). The body is JSON ({@link ImportRequest}); a request that cannot
 * start answers 4xx JSON ({@link ImportRefusal}); one that starts answers 200
 * `application/x-ndjson`, one {@link ImportEvent} per line, so the learner can read the first
 * paragraphs while the rest is analysed.
 */
export interface ImportRequest {
  title: string;
  text: string;
  /** The learner's own English translation, aligned to the Icelandic sentences on the server. */
  translation?: string;
  /** Finishing an import that stopped: analyse only these paragraphs of the same text again. */
  resume?: ImportResume;
}

/**
 * What a resumed import asks for. The text and translation are sent again exactly as first
 * imported, so they split into the same paragraphs; `glossBase` is the length of the stored
 * document's gloss table, from which the new entries are numbered.
 */
export interface ImportResume {
  paragraphs: number[];
  glossBase: number;
}

export type ImportRefusalCode =
  | "invalid-input"
  | "too-large"
  | "unsupported-media-type"
  | "forbidden-origin"
  | "rate-limited"
  | "busy";

export interface ImportRefusal {
  error: ImportRefusalCode;
  /** For "invalid-input": what is wrong with the text (codes, worded by the interface). */
  issues?: InputIssue[];
}

export type ImportEvent =
  /**
   * First line: the whole text split and aligned. Its paragraphs have tokens but no glosses yet
   * (`glosses` is empty); warnings the learner may go on with are in `issues`. Its `analysis` says
   * which analysis the server runs (absent from servers before stamps existed).
   */
  | { type: "started"; document: ReaderDocument; issues: InputIssue[]; paragraphs: number }
  /**
   * One paragraph analysed: it replaces paragraph `index`, and `glosses` are appended to the
   * document's gloss table (its tokens' gloss indexes already count them in).
   */
  | { type: "paragraph"; index: number; paragraph: ReaderParagraph; glosses: GlossEntry[] }
  /**
   * Everything analysed; `engine` says whether grammar in context was available, `version` which
   * analysis it was (lib/analysis/version.ts; absent from servers before it existed).
   */
  | { type: "done"; engine: AnalysisEngine; version?: string }
  /** Analysis stopped early (worker busy, timed out, gone): what came so far stays readable. */
  | { type: "failed"; code: "analysis-busy" | "analysis-timeout" | "analysis-failed"; index: number };

/**
 * The stamp a document has when its analysis is done. The started document is stamped with the
 * server's analysis and the engine it is set up with; `done` says which engine really ran. A
 * document stamped with another version was partly analysed by that one (a stopped import
 * finished after the server changed), so it keeps the older stamp; the engine is the weaker one.
 */
export function stampAfterDone(before: AnalysisStamp | undefined, done: Extract<ImportEvent, { type: "done" }>): AnalysisStamp | undefined {
  // No stamp on the started document: it was begun before stamps existed (every import now
  // starts stamped), so a finished resume must not make its older part count as current.
  if (done.version === undefined || !before) return before;
  if (before && before.version !== done.version) return { ...before, engine: before.engine === "lemma-is" || done.engine === "lemma-is" ? "lemma-is" : "greynir" };
  const engine = before.engine === "lemma-is" ? "lemma-is" : done.engine;
  return { version: done.version, engine };
}

/** Applies one event to the document being built; pure, so the browser and tests share it. */
export function applyImportEvent(document: ReaderDocument, event: ImportEvent): ReaderDocument {
  if (event.type === "done") {
    const analysis = stampAfterDone(document.analysis, event);
    return analysis ? { ...document, analysis } : document;
  }
  if (event.type !== "paragraph") return document;
  const paragraphs = document.paragraphs.map((paragraph, i) => (i === event.index ? event.paragraph : paragraph));
  return { ...document, glosses: [...document.glosses, ...event.glosses], paragraphs };
}
