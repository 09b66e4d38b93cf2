import { BACKUP_LIMITS } from "./limits";
import type { SavedWord } from "./model";

/*
 * Merging two copies of a word (a restore, an undo after the word was saved again). No zod here:
 * the reader's gloss layer uses this through lib/vocab/actions.ts, and its bundle stays schema-free.
 */

export interface MergeReport {
  added: number;
  merged: number;
  unchanged: number;
}

const byTime = <T>(key: (item: T) => string, items: readonly T[]) => {
  const seen = new Map(items.map((item) => [key(item), item]));
  return [...seen.values()].sort((a, b) => key(a).localeCompare(key(b)));
};

/**
 * One word from two sources: contexts, forms, reviews and status history united, the newer
 * edits kept, the more-reviewed card kept. Contexts stay within the backup's bound.
 */
export function mergeWord(current: SavedWord, incoming: SavedWord): SavedWord {
  const newer = incoming.updatedAt > current.updatedAt ? incoming : current;
  const contextKey = (c: SavedWord["contexts"][number]) => `${c.slug}#${c.sentenceId}`;
  const seen = new Set(current.contexts.map(contextKey));
  return {
    ...newer,
    forms: [...new Set([...current.forms, ...incoming.forms])].slice(0, BACKUP_LIMITS.formsPerWord),
    contexts: [...current.contexts, ...incoming.contexts.filter((c) => !seen.has(contextKey(c)))].slice(0, BACKUP_LIMITS.contextsPerWord),
    card: incoming.card.reps > current.card.reps ? incoming.card : current.card,
    reviews: byTime((r) => r.review, [...current.reviews, ...incoming.reviews]).slice(-BACKUP_LIMITS.reviewsPerWord),
    statusHistory: byTime((s) => `${s.at}|${s.status}`, [...current.statusHistory, ...incoming.statusHistory]).slice(-BACKUP_LIMITS.statusChangesPerWord),
    createdAt: current.createdAt < incoming.createdAt ? current.createdAt : incoming.createdAt,
    updatedAt: newer.updatedAt,
  };
}

/** What a restore writes, and the report it shows. */
export function planRestore(existing: readonly SavedWord[], incoming: readonly SavedWord[]) {
  const byId = new Map(existing.map((word) => [word.id, word]));
  const writes: SavedWord[] = [];
  const report: MergeReport = { added: 0, merged: 0, unchanged: 0 };
  for (const word of incoming) {
    const current = byId.get(word.id);
    if (!current) {
      writes.push(word);
      byId.set(word.id, word);
      report.added++;
      continue;
    }
    const merged = mergeWord(current, word);
    if (JSON.stringify(merged) === JSON.stringify(current)) {
      report.unchanged++;
    } else {
      writes.push(merged);
      byId.set(word.id, merged);
      report.merged++;
    }
  }
  return { writes, report };
}
