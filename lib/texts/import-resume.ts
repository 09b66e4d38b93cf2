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
      const [loaded, meta, source] = await Promise.all([store.get(id), store.meta(id), store.source(id)]);
      if (loaded.status !== "found" || !meta || meta.pending.length === 0) return { kind: "done", id };
      if (!source) return { kind: "no-source" };
      const request = { ...source, resume: { paragraphs: meta.pending, glossBase: loaded.document.glosses.length } };
      return await withImportLock(id, () => runImport({ request, id, sink: store, stored: loaded.document, fetch: send, ...(onProgress && { onProgress }) }));
    } finally {
      store.close();
    }
  } catch (error) {
    return { kind: "storage", code: error instanceof TextStoreError ? error.code : "storage-failed" };
  }
}
