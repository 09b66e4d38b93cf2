import { z } from "zod";
import { VocabError } from "./errors";
import { BACKUP_LIMITS } from "./limits";
import { upgradeWord } from "./migrate";
import type { SavedWord } from "./model";
import { savedWord, savedWordV1 } from "./schema";

/** Version 2 added review logs, status history and who set the status; version 1 files still restore. */
export const BACKUP_VERSION = 2;

/**
 * A complete backup: versioned, so a later app can read an older file. `texts` (the learner's
 * imported texts, lib/texts/backup.ts) is optional and additive: a file without it is a
 * vocabulary-only backup, and an app that does not know it ignores it, so the version stays 2.
 */
export function toBackup(words: readonly SavedWord[], now: Date, texts?: readonly unknown[]): string {
  const body = { app: "samhlida", kind: "vocabulary", version: BACKUP_VERSION, exportedAt: now.toISOString(), words, ...(texts?.length && { texts }) };
  return `${JSON.stringify(body, null, 2)}\n`;
}

const envelope = z.object({ app: z.literal("samhlida"), kind: z.literal("vocabulary"), version: z.number(), words: z.array(z.unknown()) });
const readers: Record<number, (word: unknown) => SavedWord | undefined> = {
  1: (word) => {
    const parsed = savedWordV1.safeParse(word);
    return parsed.success ? upgradeWord(parsed.data) : undefined;
  },
  2: (word) => {
    const parsed = savedWord.safeParse(word);
    return parsed.success ? parsed.data : undefined;
  },
};

/** Checked before the file is read at all. */
export function checkBackupSize(bytes: number): void {
  if (bytes > BACKUP_LIMITS.fileBytes) throw new VocabError("too-large", `The file is larger than ${BACKUP_LIMITS.fileBytes} bytes.`);
}

/** Reads a backup file, or says exactly why it cannot: nothing is changed either way. */
export function parseBackup(text: string): SavedWord[] {
  // Every UTF-16 code unit is at least one UTF-8 byte, so the length alone can prove a file too big.
  checkBackupSize(text.length);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new VocabError("not-json", "The file is not JSON.");
  }
  const outer = envelope.safeParse(raw);
  if (!outer.success) throw new VocabError("not-samhlida", "The file is not a Samhliða vocabulary backup.");
  const read = readers[outer.data.version];
  if (!read) throw new VocabError("bad-version", `Backup version ${outer.data.version} is not supported.`);
  if (outer.data.words.length > BACKUP_LIMITS.words) {
    throw new VocabError("too-many-words", `The backup has more than ${BACKUP_LIMITS.words} words.`);
  }
  return outer.data.words.map((word, index) => {
    const parsed = read(word);
    if (!parsed) throw new VocabError("invalid-entry", `Word ${index + 1} in the backup is not valid.`, index);
    return parsed;
  });
}
