import type { AnalysisEngine } from "../analysis/types";
import type { GlossEntry } from "../glossary/types";
import type { ReaderDocument, ReaderParagraph } from "../reader/types";
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
   * (`glosses` is empty); warnings the learner may go on with are in `issues`.
   */
  | { type: "started"; document: ReaderDocument; issues: InputIssue[]; paragraphs: number }
  /**
   * One paragraph analysed: it replaces paragraph `index`, and `glosses` are appended to the
   * document's gloss table (its tokens' gloss indexes already count them in).
   */
  | { type: "paragraph"; index: number; paragraph: ReaderParagraph; glosses: GlossEntry[] }
  /** Everything analysed; `engine` says whether grammar in context was available. */
  | { type: "done"; engine: AnalysisEngine }
  /** Analysis stopped early (worker busy, timed out, gone): what came so far stays readable. */
  | { type: "failed"; code: "analysis-busy" | "analysis-timeout" | "analysis-failed"; index: number };

/** Applies one event to the document being built; pure, so the browser and tests share it. */
export function applyImportEvent(document: ReaderDocument, event: ImportEvent): ReaderDocument {
  if (event.type !== "paragraph") return document;
  const paragraphs = document.paragraphs.map((paragraph, i) => (i === event.index ? event.paragraph : paragraph));
  return { ...document, glosses: [...document.glosses, ...event.glosses], paragraphs };
}
