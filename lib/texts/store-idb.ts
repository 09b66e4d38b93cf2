import { openDB, type IDBPDatabase } from "idb";
import { documentProblem, isReaderDocument } from "../reader/check";
import type { AnalysisStamp, ReaderDocument } from "../reader/types";
import { readServerAnalysis } from "./analysis-freshness";
import { announceTextChange } from "./changes";
import { summarize, type TextSummary } from "./summary";

/** Shared with the test and bench helper that seeds documents (scripts/bench/store-document.ts). */
export const TEXTS_DB_NAME = "samhlida-texts";
export const TEXTS_DB_VERSION = 1;
export const TEXTS_STORE = "documents";

export type TextStoreErrorCode = "storage-unavailable" | "storage-full" | "storage-failed";

export class TextStoreError extends Error {
  override name = "TextStoreError";
  constructor(
    readonly code: TextStoreErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Where an imported text's analysis stands, and what the library shows without opening it. */
export interface TextMeta {
  state: "analysing" | "done" | "failed";
  /** Indexes of paragraphs not analysed yet (readable, without glosses). */
  pending: number[];
  summary: TextSummary;
  updatedAt: string;
  lastOpened?: string;
}

/** What a stored document looks like: one row per text, the document inside unchanged. */
interface Row {
  id: string;
  savedAt: string;
  document: unknown;
  /** Absent on rows written before the library existed (and by the bench helper). */
  meta?: TextMeta;
  /** What the learner imported, exactly as sent, so a stopped analysis can be finished. */
  source?: ImportSource;
}

export interface ImportSource {
  title: string;
  text: string;
  translation?: string;
}

export interface TextListing {
  id: string;
  savedAt: string;
  title: string;
  meta: TextMeta | undefined;
  /** Stored with what was imported, so a stopped analysis can be finished. */
  resumable: boolean;
  /** Which analysis glossed it, when it says (lib/reader/types.ts). */
  analysis?: AnalysisStamp;
}

function stampOf(document: unknown): AnalysisStamp | undefined {
  return isRecord(document) ? readServerAnalysis(document.analysis) : undefined;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;

function metaOf(row: unknown): TextMeta | undefined {
  if (!isRecord(row) || !isRecord(row.meta)) return undefined;
  const { state, pending, summary, updatedAt, lastOpened } = row.meta;
  if (state !== "analysing" && state !== "done" && state !== "failed") return undefined;
  if (!Array.isArray(pending) || !isRecord(summary) || typeof updatedAt !== "string") return undefined;
  const { words, sentences, entries } = summary;
  if (typeof words !== "number" || typeof sentences !== "number" || !Array.isArray(entries)) return undefined;
  return {
    state,
    pending: pending.filter((n): n is number => typeof n === "number"),
    summary: { words, sentences, entries: entries.filter((e): e is string => typeof e === "string") },
    updatedAt,
    ...(typeof lastOpened === "string" && { lastOpened }),
  };
}

export type LoadResult =
  | { status: "found"; document: ReaderDocument }
  | { status: "missing" }
  | { status: "invalid"; problem: string };

function storageError(error: unknown): TextStoreError {
  const name = error instanceof Error || error instanceof DOMException ? error.name : "";
  if (name === "QuotaExceededError") return new TextStoreError("storage-full", "The browser's storage is full.");
  return new TextStoreError("storage-failed", `Storage failed${name ? ` (${name})` : ""}.`);
}

/**
 * The learner's texts as reader documents in IndexedDB, one row each. Each call is its own
 * transaction on one row, so two tabs never overwrite each other's texts; rows are checked with
 * the browser-side structural check when read, since another version of the app may have written them.
 */
export class TextStore {
  constructor(private readonly db: IDBPDatabase) {}

  async get(id: string): Promise<LoadResult> {
    let row: unknown;
    try {
      row = await this.db.get(TEXTS_STORE, id);
    } catch (error) {
      throw storageError(error);
    }
    if (typeof row !== "object" || row === null || !("document" in row)) return { status: "missing" };
    const document: unknown = row.document;
    if (isReaderDocument(document)) return { status: "found", document };
    return { status: "invalid", problem: documentProblem(document) ?? "unreadable" };
  }

  /**
   * Stores a document; `meta` (analysis state) is merged into what the row had, and the summary
   * is recomputed. One transaction on one row: a read-modify-write no other tab can interleave.
   */
  async put(document: ReaderDocument, meta: Partial<Pick<TextMeta, "state" | "pending" | "lastOpened">> = {}): Promise<void> {
    await this.write(document.id, (old) => {
      const now = new Date().toISOString();
      const before = metaOf(old);
      return {
        id: document.id,
        savedAt: isRecord(old) && typeof old.savedAt === "string" ? old.savedAt : now,
        document,
        meta: { state: "done", pending: [], ...before, ...meta, summary: summarize(document), updatedAt: now },
      };
    });
  }

  /** A new imported text, with what was sent to the server. */
  async create(document: ReaderDocument, meta: Pick<TextMeta, "state" | "pending">, source: ImportSource): Promise<void> {
    const now = new Date().toISOString();
    await this.write(document.id, () => ({ id: document.id, savedAt: now, document, meta: { ...meta, summary: summarize(document), updatedAt: now }, source }));
  }

  /**
   * Changes a stored document (rename, alignment fixes, analysed paragraphs), with its analysis
   * state when given; false when it is missing or unreadable.
   */
  async update(id: string, change: (document: ReaderDocument) => ReaderDocument | undefined, meta?: Pick<TextMeta, "state" | "pending">): Promise<boolean> {
    let changed = false;
    await this.write(id, (old) => {
      if (!isRecord(old) || !isReaderDocument(old.document)) return undefined;
      const next = change(old.document);
      if (!next) return undefined;
      changed = true;
      const before = metaOf(old);
      const updatedAt = new Date().toISOString();
      const after = before ? { ...before, ...meta, summary: summarize(next), ...(meta && { updatedAt }) } : meta && { ...meta, summary: summarize(next), updatedAt };
      return { ...old, id, savedAt: String(old.savedAt), document: next, ...(after && { meta: after }) };
    });
    return changed;
  }

  /**
   * What finishing a stopped analysis needs, from one read of the row: the document, its analysis
   * state and what was imported; undefined when any of them is missing or unreadable.
   */
  async resumable(id: string): Promise<{ document: ReaderDocument; meta: TextMeta; source: ImportSource } | undefined> {
    let row: unknown;
    try {
      row = await this.db.get(TEXTS_STORE, id);
    } catch (error) {
      throw storageError(error);
    }
    const meta = metaOf(row);
    if (!isRecord(row) || !isReaderDocument(row.document) || !meta || !isRecord(row.source)) return undefined;
    const { title, text, translation } = row.source;
    if (typeof title !== "string" || typeof text !== "string") return undefined;
    return { document: row.document, meta, source: { title, text, ...(typeof translation === "string" && { translation }) } };
  }

  /** What was imported, when the row kept it (texts imported before that, or restored from a backup, may not). */
  async source(id: string): Promise<ImportSource | undefined> {
    let row: unknown;
    try {
      row = await this.db.get(TEXTS_STORE, id);
    } catch (error) {
      throw storageError(error);
    }
    if (!isRecord(row) || !isRecord(row.source)) return undefined;
    const { title, text, translation } = row.source;
    if (typeof title !== "string" || typeof text !== "string") return undefined;
    return { title, text, ...(typeof translation === "string" && { translation }) };
  }

  /** Remembers that the learner opened a text (the library's "last opened"). */
  async touch(id: string, when = new Date()): Promise<void> {
    await this.write(id, (old) => {
      const before = metaOf(old);
      if (!isRecord(old) || !before) return undefined;
      return { ...old, id, savedAt: String(old.savedAt), document: old.document, meta: { ...before, lastOpened: when.toISOString() } };
    });
  }

  async meta(id: string): Promise<TextMeta | undefined> {
    try {
      return metaOf(await this.db.get(TEXTS_STORE, id));
    } catch (error) {
      throw storageError(error);
    }
  }

  /** The raw row, for undoing a delete exactly. */
  async row(id: string): Promise<unknown> {
    return this.db.get(TEXTS_STORE, id);
  }

  async restoreRow(row: unknown): Promise<void> {
    if (!isRecord(row) || typeof row.id !== "string") return;
    const id = row.id;
    await this.write(id, () => ({ ...row, id, savedAt: String(row.savedAt), document: row.document }));
  }

  private async write(id: string, change: (old: unknown) => Row | undefined): Promise<void> {
    try {
      const tx = this.db.transaction(TEXTS_STORE, "readwrite");
      const next = change(await tx.store.get(id));
      if (next) await tx.store.put(next);
      await tx.done;
      if (next) announceTextChange(id);
    } catch (error) {
      throw storageError(error);
    }
  }

  async delete(id: string): Promise<void> {
    try {
      await this.db.delete(TEXTS_STORE, id);
      announceTextChange(id);
    } catch (error) {
      throw storageError(error);
    }
  }

  /** Ids, titles and summaries, for the library; documents themselves are read one at a time. */
  async list(): Promise<TextListing[]> {
    const rows: unknown[] = await this.db.getAll(TEXTS_STORE);
    return rows.flatMap((row) => {
      if (!isRecord(row) || typeof row.id !== "string" || typeof row.savedAt !== "string") return [];
      const document = row.document;
      const title = isRecord(document) && isRecord(document.title) && typeof document.title.is === "string" ? document.title.is : row.id;
      const analysis = stampOf(document);
      return [{ id: row.id, savedAt: row.savedAt, title, meta: metaOf(row), resumable: isRecord(row.source), ...(analysis && { analysis }) }];
    });
  }

  close() {
    this.db.close();
  }
}

export async function openTextStore(): Promise<TextStore> {
  if (typeof indexedDB === "undefined") throw new TextStoreError("storage-unavailable", "This browser has no IndexedDB.");
  try {
    const db = await openDB(TEXTS_DB_NAME, TEXTS_DB_VERSION, {
      upgrade(database) {
        database.createObjectStore(TEXTS_STORE, { keyPath: "id" });
      },
    });
    return new TextStore(db);
  } catch (error) {
    throw new TextStoreError("storage-unavailable", `IndexedDB refused to open (${error instanceof Error ? error.name : "unknown"}).`);
  }
}
