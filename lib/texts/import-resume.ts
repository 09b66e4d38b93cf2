import { runImport, type ImportOutcome, type ImportProgress } from "./import-client";
import { withImportLock } from "./import-lock";
import { openTextStore, TextStoreError } from "./store-idb";

export type ResumeOutcome = ImportOutcome | { kind: "no-source" };

/**
 * Finishes an import that stopped (the tab was closed, the connection broke, the analyser gave
 * up): sends the text as first imported with the paragraphs still pending, and writes each
 * analysed paragraph into the stored document, keeping whatever the learner changed meanwhile.
 */
export async function resumeImport(id: string, onProgress?: (progress: ImportProgress) => void, send: typeof fetch = fetch): Promise<ResumeOutcome> {
  try {
    const store = await openTextStore();
    try {
      // Read under the lock: a resume pressed in two tabs runs once after the other, and the
      // second must see what the first stored, or it would analyse the same paragraphs again and
      // append their glosses a second time, numbered from the old table.
      return await withImportLock(id, async (): Promise<ResumeOutcome> => {
        const row = await store.resumable(id);
        if (!row) {
          // Nothing to finish, or a text stored without what was imported (before this existed).
          const meta = await store.meta(id);
          return meta && meta.pending.length > 0 ? { kind: "no-source" } : { kind: "done", id };
        }
        const { document, meta, source } = row;
        if (meta.pending.length === 0) return { kind: "done", id };
        const request = { ...source, resume: { paragraphs: meta.pending, glossBase: document.glosses.length } };
        return runImport({ request, id, sink: store, stored: document, fetch: send, ...(onProgress && { onProgress }) });
      });
    } finally {
      store.close();
    }
  } catch (error) {
    return { kind: "storage", code: error instanceof TextStoreError ? error.code : "storage-failed" };
  }
}
