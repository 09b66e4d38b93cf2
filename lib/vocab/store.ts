import type { SavedWord } from "./model";

/** Returns the new word, or null to delete it, or undefined to leave it as it is. */
export type Change = (current: SavedWord | undefined) => SavedWord | null | undefined;

/**
 * Where saved words live. Every change is a read-modify-write of one word in one transaction,
 * never a rewrite of the whole list, so two tabs cannot overwrite each other's changes.
 */
export interface VocabStore {
  /** False when the browser refused IndexedDB and words live only in this tab's memory. */
  readonly persistent: boolean;
  all(): Promise<SavedWord[]>;
  update(id: string, change: Change): Promise<SavedWord | undefined>;
  /** Several changes that happen together or not at all (a restore). */
  updateMany(changes: ReadonlyMap<string, Change>): Promise<void>;
  /** Calls back after any change, in this tab or another. */
  subscribe(listener: () => void): () => void;
  close(): void;
}

export class MemoryStore implements VocabStore {
  readonly persistent = false;
  private readonly words = new Map<string, SavedWord>();
  private readonly listeners = new Set<() => void>();

  async all() {
    return [...this.words.values()];
  }

  async update(id: string, change: Change) {
    const next = change(this.words.get(id));
    if (next === null) this.words.delete(id);
    else if (next) this.words.set(id, next);
    for (const listener of this.listeners) listener();
    return next ?? undefined;
  }

  async updateMany(changes: ReadonlyMap<string, Change>) {
    // Computed in full before anything is applied, so a change that throws leaves every word as it was.
    const staged = new Map(this.words);
    for (const [id, change] of changes) {
      const next = change(staged.get(id));
      if (next === null) staged.delete(id);
      else if (next) staged.set(id, next);
    }
    this.words.clear();
    for (const [id, word] of staged) this.words.set(id, word);
    for (const listener of this.listeners) listener();
  }

  subscribe(listener: () => void) {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  close() {
    this.listeners.clear();
  }
}
