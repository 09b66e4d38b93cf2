import { openDB, type IDBPDatabase, type IDBPTransaction } from "idb";
import { VocabError } from "./errors";
import { upgradeWord, type WordV1 } from "./migrate";
import { isStatus, type SavedWord } from "./model";
import { MemoryStore, type Change, type VocabStore } from "./store";

const DB_NAME = "samhlida";
const STORE = "words";
const CHANNEL = "samhlida-vocabulary";

/**
 * Rows are our own writes, so a structural check suffices here and keeps zod out of the
 * reader's bundle; files from outside go through the full schema (lib/vocab/schema.ts).
 */
function isStoredWord(row: unknown): row is WordV1 {
  if (typeof row !== "object" || row === null) return false;
  const { id, lemma, status, forms, contexts, card } = row as Partial<Record<keyof SavedWord, unknown>>;
  return (
    typeof id === "string" &&
    typeof lemma === "string" &&
    isStatus(status) &&
    Array.isArray(forms) &&
    Array.isArray(contexts) &&
    contexts.length > 0 &&
    typeof card === "object" &&
    card !== null
  );
}

/** Rows written before review logs existed are upgraded as they are read (and on their next write). */
const readRow = (row: unknown): SavedWord | undefined => (isStoredWord(row) ? upgradeWord(row) : undefined);

/** A transaction that failed halfway must not commit the writes it had made. */
function abort(tx: { abort(): void; done: Promise<void> }) {
  // The abort is the point, not an error: the caller reports the failure that caused it.
  tx.done.catch(() => undefined);
  try {
    tx.abort();
  } catch {
    // Already finished or aborted by the browser: nothing was committed that we must undo.
  }
}

function storageError(error: unknown): VocabError {
  const name = error instanceof Error || error instanceof DOMException ? error.name : "";
  if (name === "QuotaExceededError") return new VocabError("storage-full", "The browser's storage is full.");
  return new VocabError("storage-failed", `Saving failed${name ? ` (${name})` : ""}.`);
}

class IdbStore implements VocabStore {
  readonly persistent = true;
  private readonly channel: BroadcastChannel | undefined;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly db: IDBPDatabase) {
    this.channel = typeof BroadcastChannel === "undefined" ? undefined : new BroadcastChannel(CHANNEL);
    this.channel?.addEventListener("message", () => this.notify());
  }

  private notify() {
    for (const listener of this.listeners) listener();
  }

  async all() {
    const rows: unknown[] = await this.db.getAll(STORE);
    // Rows that no longer fit the schema are skipped, not deleted: nothing saved is ever lost.
    return rows.flatMap((row) => readRow(row) ?? []);
  }

  async update(id: string, change: Change) {
    let result: SavedWord | undefined;
    let tx: IDBPTransaction<unknown, [typeof STORE], "readwrite"> | undefined;
    try {
      tx = this.db.transaction(STORE, "readwrite");
      const row: unknown = await tx.store.get(id);
      const next = change(readRow(row));
      if (next === null) await tx.store.delete(id);
      else if (next) await tx.store.put(next);
      await tx.done;
      result = next ?? undefined;
    } catch (error) {
      if (tx) abort(tx);
      throw storageError(error);
    }
    this.channel?.postMessage({ changed: id });
    this.notify();
    return result;
  }

  async updateMany(changes: ReadonlyMap<string, Change>) {
    const tx = this.db.transaction(STORE, "readwrite");
    try {
      // All reads and writes in one transaction: a failure anywhere aborts every write.
      for (const [id, change] of changes) {
        const next = change(readRow(await tx.store.get(id)));
        if (next === null) await tx.store.delete(id);
        else if (next) await tx.store.put(next);
      }
      await tx.done;
    } catch (error) {
      abort(tx);
      throw storageError(error);
    }
    this.channel?.postMessage({ changed: [...changes.keys()] });
    this.notify();
  }

  subscribe(listener: () => void) {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  close() {
    this.channel?.close();
    this.db.close();
  }
}

/**
 * The vocabulary in IndexedDB. When the browser refuses it (private browsing, blocked storage),
 * the words live in memory for this visit and `persistent` says so, for the interface to tell.
 */
export async function openVocabStore(): Promise<VocabStore> {
  if (typeof indexedDB === "undefined") return new MemoryStore();
  try {
    const db = await openDB(DB_NAME, 1, {
      upgrade(database) {
        database.createObjectStore(STORE, { keyPath: "id" });
      },
    });
    return new IdbStore(db);
  } catch {
    return new MemoryStore();
  }
}
