"use client";

import { runImport, type ImportOutcome, type ImportProgress } from "@/lib/texts/import-client";
import { withImportLock } from "@/lib/texts/import-lock";
import type { ImportRequest } from "@/lib/texts/import-protocol";
import { STORED_TEXT_PREFIX } from "@/lib/texts/links";
import { openTextStore, TextStoreError } from "@/lib/texts/store-idb";

/**
 * The running import, kept outside React: the learner may open the reader (a client-side
 * navigation) while the stream is still being read, and the import must go on, writing each
 * paragraph to the store, which the reader watches. One import at a time.
 */
export interface JobState {
  title: string;
  progress?: ImportProgress;
  outcome?: ImportOutcome;
}

let state: JobState | undefined;
const listeners = new Set<() => void>();
const publish = (next: JobState | undefined) => {
  state = next;
  for (const listener of listeners) listener();
};

export const jobSnapshot = () => state;
export function subscribeJob(listener: () => void) {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}
export const resetJob = () => publish(undefined);

const newId = () => `${STORED_TEXT_PREFIX}${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

export async function startJob(request: ImportRequest): Promise<ImportOutcome> {
  publish({ title: request.title });
  let outcome: ImportOutcome;
  try {
    const store = await openTextStore();
    const id = newId();
    try {
      outcome = await withImportLock(id, () =>
        runImport({
          request,
          id,
          sink: store,
          onProgress: (progress) => publish({ title: request.title, progress }),
        }),
      );
    } finally {
      store.close();
    }
  } catch (error) {
    outcome = { kind: "storage", code: error instanceof TextStoreError ? error.code : "storage-failed" };
  }
  publish({ ...state, title: request.title, outcome });
  return outcome;
}
