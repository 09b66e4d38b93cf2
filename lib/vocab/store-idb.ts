import { openDB, type IDBPDatabase } from "idb";
import { VocabError } from "./errors";
import { savedWord, type SavedWord } from "./model";
import { MemoryStore, type Change, type VocabStore } from "./store";

const DB_NAME = "samhlida";
const STORE = "words";
const CHANNEL = "samhlida-vocabulary";

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
    return rows.flatMap((row) => {
      const parsed = savedWord.safeParse(row);
      return parsed.success ? [parsed.data] : [];
    });
  }

  async update(id: string, change: Change) {
    let result: SavedWord | undefined;
    try {
      const tx = this.db.transaction(STORE, "readwrite");
      const row: unknown = await tx.store.get(id);
      const parsed = savedWord.safeParse(row);
      const next = change(parsed.success ? parsed.data : undefined);
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
