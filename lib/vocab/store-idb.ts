import { openDB, type IDBPDatabase } from "idb";
import { VocabError } from "./errors";
import { isStatus, type SavedWord } from "./model";
import { MemoryStore, type Change, type VocabStore } from "./store";

const DB_NAME = "samhlida";
const STORE = "words";
const CHANNEL = "samhlida-vocabulary";

/**
 * Rows are our own writes, so a structural check suffices here and keeps zod out of the
 * reader's bundle; files from outside go through the full schema (lib/vocab/schema.ts).
 */
function isSavedWord(row: unknown): row is SavedWord {
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
    return rows.filter(isSavedWord);
  }

  async update(id: string, change: Change) {
    let result: SavedWord | undefined;
    try {
      const tx = this.db.transaction(STORE, "readwrite");
      const row: unknown = await tx.store.get(id);
      const next = change(isSavedWord(row) ? row : undefined);
      if (next === null) await tx.store.delete(id);
      else if (next) await tx.store.put(next);
      await tx.done;
      result = next ?? undefined;
    } catch (error) {
      throw storageError(error);
    }
    this.channel?.postMessage({ changed: id });
    this.notify();
    return result;
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
