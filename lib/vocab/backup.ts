import { z } from "zod";
import { VocabError } from "./errors";
import type { SavedWord } from "./model";
import { savedWord } from "./schema";

export const BACKUP_VERSION = 1;

/** A complete backup: versioned, so a later app can read an older file. */
export function toBackup(words: readonly SavedWord[], now: Date): string {
  return `${JSON.stringify({ app: "samhlida", kind: "vocabulary", version: BACKUP_VERSION, exportedAt: now.toISOString(), words }, null, 2)}\n`;
}

const envelope = z.object({ app: z.literal("samhlida"), kind: z.literal("vocabulary"), version: z.number(), words: z.array(z.unknown()) });

/** Reads a backup file, or says exactly why it cannot: nothing is changed either way. */
export function parseBackup(text: string): SavedWord[] {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new VocabError("not-json", "The file is not JSON.");
  }
  const outer = envelope.safeParse(raw);
  if (!outer.success) throw new VocabError("not-samhlida", "The file is not a Samhliða vocabulary backup.");
  if (outer.data.version !== BACKUP_VERSION) {
    throw new VocabError("bad-version", `Backup version ${outer.data.version} is not supported.`);
  }
  return outer.data.words.map((word, index) => {
    const parsed = savedWord.safeParse(word);
    if (!parsed.success) throw new VocabError("invalid-entry", `Word ${index + 1} in the backup is not valid.`, index);
    return parsed.data;
  });
}

export interface MergeReport {
  added: number;
  merged: number;
  unchanged: number;
}

/** One word from two sources: contexts and forms united, the newer edits kept, the more-reviewed card kept. */
export function mergeWord(current: SavedWord, incoming: SavedWord): SavedWord {
  const newer = incoming.updatedAt > current.updatedAt ? incoming : current;
  const contextKey = (c: SavedWord["contexts"][number]) => `${c.slug}#${c.sentenceId}`;
  const seen = new Set(current.contexts.map(contextKey));
  return {
    ...newer,
    forms: [...new Set([...current.forms, ...incoming.forms])],
    contexts: [...current.contexts, ...incoming.contexts.filter((c) => !seen.has(contextKey(c)))],
    card: incoming.card.reps > current.card.reps ? incoming.card : current.card,
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
