import { openDB, type IDBPDatabase } from "idb";
import { documentProblem, isReaderDocument } from "../reader/check";
import type { ReaderDocument } from "../reader/types";

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

/** What a stored document looks like: one row per text, the document inside unchanged. */
interface Row {
  id: string;
  savedAt: string;
  document: unknown;
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

  async put(document: ReaderDocument): Promise<void> {
    const row: Row = { id: document.id, savedAt: new Date().toISOString(), document };
    try {
      const tx = this.db.transaction(TEXTS_STORE, "readwrite");
      await tx.store.put(row);
      await tx.done;
    } catch (error) {
      throw storageError(error);
    }
  }

  async delete(id: string): Promise<void> {
    try {
      await this.db.delete(TEXTS_STORE, id);
    } catch (error) {
      throw storageError(error);
    }
  }

  /** Ids and titles, for a library list; documents themselves are read one at a time. */
  async list(): Promise<{ id: string; savedAt: string }[]> {
    const keys = await this.db.getAllKeys(TEXTS_STORE);
    const rows = await Promise.all(keys.map((key) => this.db.get(TEXTS_STORE, key)));
    return rows.flatMap((row: unknown) =>
      typeof row === "object" && row !== null && "id" in row && "savedAt" in row && typeof row.id === "string" && typeof row.savedAt === "string"
        ? [{ id: row.id, savedAt: row.savedAt }]
        : [],
    );
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
