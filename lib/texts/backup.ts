import { isReaderDocument } from "../reader/check";
import type { ReaderDocument } from "../reader/types";
import { VocabError } from "../vocab/errors";
import { STORED_TEXT_PREFIX } from "./links";

/**
 * The learner's texts in the JSON backup (the optional `texts` field beside `words`). Restoring
 * checks every document with the browser's structural check (the same rules as the server's zod
 * schema) and refuses the whole file on the first bad one, as the words do.
 */
export const TEXT_BACKUP_LIMITS = {
  texts: 200,
  /** Characters of a title. */
  title: 200,
} as const;

export interface BackupText {
  id: string;
  savedAt: string;
  document: ReaderDocument;
}

export function readBackupTexts(raw: unknown): BackupText[] {
  if (typeof raw !== "object" || raw === null || !("texts" in raw) || raw.texts === undefined) return [];
  const texts = raw.texts;
  if (!Array.isArray(texts)) throw new VocabError("invalid-text", "texts is not a list.", 0);
  if (texts.length > TEXT_BACKUP_LIMITS.texts) throw new VocabError("too-many-texts", `More than ${TEXT_BACKUP_LIMITS.texts} texts.`);
  return texts.map((text: unknown, index) => {
    const document = typeof text === "object" && text !== null && "document" in text ? text.document : undefined;
    const savedAt = typeof text === "object" && text !== null && "savedAt" in text && typeof text.savedAt === "string" ? text.savedAt : new Date(0).toISOString();
    if (!isReaderDocument(document)) throw new VocabError("invalid-text", `Text ${index + 1} is not a readable document.`, index);
    if (!document.id.startsWith(STORED_TEXT_PREFIX) || document.title.is.length > TEXT_BACKUP_LIMITS.title) {
      throw new VocabError("invalid-text", `Text ${index + 1} has a foreign id or an over-long title.`, index);
    }
    return { id: document.id, savedAt, document };
  });
}
