import { documentProblem, isReaderDocument } from "../reader/check";
import type { ReaderDocument } from "../reader/types";
import { applyImportEvent, type ImportEvent, type ImportRefusalCode, type ImportRequest } from "./import-protocol";
import type { TextMeta } from "./store-idb";
import type { InputIssue } from "./validate-input";

/**
 * The browser's side of POST /api/import: sends the text, reads the NDJSON stream, applies each
 * event and keeps the growing document in the learner's store, so the reader can open it before
 * the end. Framework-free and injected with fetch and the store, so tests drive it with fakes.
 */
export interface ImportSink {
  /** Stores a new text as it starts, with what was sent, so a stopped import can be finished later. */
  create(document: ReaderDocument, meta: Pick<TextMeta, "state" | "pending">, source: ImportRequest): Promise<void>;
  /**
   * Applies analysed paragraphs to the STORED document (one transaction), so what the learner
   * changed meanwhile (a title, a fixed row) is kept; false when the text is gone.
   */
  update(id: string, change: (document: ReaderDocument) => ReaderDocument, meta: Pick<TextMeta, "state" | "pending">): Promise<boolean>;
}

export interface ImportProgress {
  id: string;
  total: number;
  analysed: number;
  issues: InputIssue[];
}

export type ImportOutcome =
  | { kind: "done"; id: string }
  /** text-changed: a resumed text no longer splits as stored; text-deleted: deleted while analysed. */
  | { kind: "stopped"; id: string; code: "analysis-busy" | "analysis-timeout" | "analysis-failed" | "text-changed" | "text-deleted" }
  | { kind: "refused"; code: ImportRefusalCode | "unavailable"; issues: InputIssue[] }
  | { kind: "network" }
  | { kind: "storage"; code: string };

interface Options {
  request: ImportRequest;
  id: string;
  sink: ImportSink;
  /** Finishing a stopped import: the stored document, whose paragraphs `request.resume` names. */
  stored?: ReaderDocument;
  fetch?: typeof fetch;
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => void;
  /** Least time between two writes of the growing document (the last one is always written). */
  writeEveryMs?: number;
}

const REFUSALS: readonly ImportRefusalCode[] = ["invalid-input", "too-large", "unsupported-media-type", "forbidden-origin", "rate-limited", "busy"];

async function refusal(response: Response): Promise<ImportOutcome> {
  const body: unknown = await response.json().catch(() => undefined);
  const error = typeof body === "object" && body !== null && "error" in body ? body.error : undefined;
  const issues = typeof body === "object" && body !== null && "issues" in body && Array.isArray(body.issues) ? body.issues : [];
  const code = REFUSALS.find((known) => known === error);
  return { kind: "refused", code: code ?? "unavailable", issues: issues.filter(isIssue) };
}

function isIssue(value: unknown): value is InputIssue {
  return typeof value === "object" && value !== null && "code" in value && typeof value.code === "string" && "severity" in value && "field" in value;
}

const FAILURES = ["analysis-busy", "analysis-timeout", "analysis-failed"] as const;

/**
 * One line of the stream, if it is an event. A started document is checked here in full; a
 * paragraph is checked as part of the document it makes (runImport), before it is stored.
 */
function isEvent(value: unknown): value is ImportEvent {
  if (typeof value !== "object" || value === null || !("type" in value)) return false;
  switch (value.type) {
    case "started":
      return "document" in value && isReaderDocument(value.document) && "issues" in value && Array.isArray(value.issues) && "paragraphs" in value && typeof value.paragraphs === "number";
    case "paragraph":
      return "index" in value && typeof value.index === "number" && "paragraph" in value && typeof value.paragraph === "object" && "glosses" in value && Array.isArray(value.glosses);
    case "done":
      return true;
    case "failed":
      return "code" in value && FAILURES.some((code) => code === value.code);
    default:
      return false;
  }
}

function parseEvent(line: string): ImportEvent | undefined {
  try {
    const value: unknown = JSON.parse(line);
    return isEvent(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

async function* lines(body: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let newline: number;
    while ((newline = buffer.indexOf("\n")) >= 0) {
      const line = buffer.slice(0, newline).trim();
      buffer = buffer.slice(newline + 1);
      if (line) yield line;
    }
  }
  if (buffer.trim()) yield buffer.trim();
}

export async function runImport({ request, id, sink, stored, fetch: send = fetch, signal, onProgress, writeEveryMs = 250 }: Options): Promise<ImportOutcome> {
  let response: Response;
  try {
    response = await send("/api/import", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(request), signal });
  } catch {
    return { kind: "network" };
  }
  if (!response.ok || !response.body) return refusal(response);

  // `document` mirrors the stored one, to check each event before it is written.
  let document: ReaderDocument | undefined;
  let pending = new Set<number>();
  let unsaved: ImportEvent[] = [];
  let issues: InputIssue[] = [];
  let total = 0;
  let lastWrite = 0;
  let gone = false;
  const save = async (state: TextMeta["state"], force: boolean) => {
    if (!document || (!force && Date.now() - lastWrite < writeEveryMs)) return;
    lastWrite = Date.now();
    const events = unsaved;
    unsaved = [];
    const ok = await sink.update(id, (current) => events.reduce(applyImportEvent, current), { state, pending: [...pending].sort((a, b) => a - b) });
    if (!ok) gone = true;
  };
  const report = () => onProgress?.({ id, total, analysed: total - pending.size, issues });

  try {
    for await (const line of lines(response.body)) {
      const event = parseEvent(line);
      if (!event) continue;
      if (event.type === "started") {
        const started: ReaderDocument = { ...event.document, id, title: { is: request.title, en: event.document.title.en } };
        if (documentProblem(started)) return { kind: "stopped", id, code: "analysis-failed" };
        issues = event.issues.filter(isIssue);
        if (stored) {
          // The same text splits the same way; if it does not, nothing is written over the stored one.
          if (started.paragraphs.length !== stored.paragraphs.length) return { kind: "stopped", id, code: "text-changed" };
          document = stored;
          total = stored.paragraphs.length;
          pending = new Set(request.resume?.paragraphs ?? []);
          await save("analysing", true);
        } else {
          document = started;
          total = started.paragraphs.length;
          pending = new Set(started.paragraphs.map((_, i) => i));
          await sink.create(started, { state: "analysing", pending: [...pending] }, { title: request.title, text: request.text, ...(request.translation !== undefined && { translation: request.translation }) });
          lastWrite = Date.now();
        }
        report();
      } else if (document && event.type === "paragraph") {
        const next = applyImportEvent(document, event);
        if (documentProblem(next)) continue;
        document = next;
        unsaved.push(event);
        pending.delete(event.index);
        await save("analysing", pending.size === 0);
        if (gone) return { kind: "stopped", id, code: "text-deleted" };
        report();
      } else if (document && event.type === "done") {
        // The analysis stamp (applyImportEvent) goes on with the last write.
        document = applyImportEvent(document, event);
        unsaved.push(event);
        pending.clear();
        await save("done", true);
        report();
        return gone ? { kind: "stopped", id, code: "text-deleted" } : { kind: "done", id };
      } else if (document && event.type === "failed") {
        await save("failed", true);
        return { kind: "stopped", id, code: event.code };
      }
    }
  } catch (error) {
    if (error instanceof Error && error.name === "TextStoreError") return { kind: "storage", code: "code" in error ? String(error.code) : "storage-failed" };
    // The connection broke mid-stream: what arrived stays stored and readable.
    if (document) {
      await save("failed", true).catch(() => undefined);
      return { kind: "stopped", id, code: "analysis-failed" };
    }
    return { kind: "network" };
  }
  if (!document) return { kind: "refused", code: "unavailable", issues: [] };
  await save(pending.size === 0 ? "done" : "failed", true);
  return pending.size === 0 ? { kind: "done", id } : { kind: "stopped", id, code: "analysis-failed" };
}
