import { loadDocument } from "@/lib/reader/load-document";
import { stalePendingMarks, withoutPendingMarks, withPendingMark } from "@/lib/reader/pending-marks";
import type { Status } from "@/lib/vocab/model";
import type { VocabStore } from "@/lib/vocab/store";
import { openVocabStore } from "@/lib/vocab/store-idb";
import { allPendingMarks, keepPendingMarks } from "./pendingMarkStorage";
import { openedVocabStore } from "./useVocabulary";

/**
 * Writes the mark down, then tries to finish it. The fetch and the write do not belong to the
 * reader's components, so going to another page of the app at once does not cancel them, and a
 * full page load finishes it from storage (useVocabulary calls finishPendingMarks).
 */
export function holdMark(url: string, termId: string, status?: Status) {
  keepPendingMarks(withPendingMark(allPendingMarks(), { url, termId, ...(status && { status }), at: new Date().toISOString() }));
  void finishPendingMarks();
}


let running: Promise<void> | undefined;
let again = false;

/** Applies every pending mark whose document can be fetched. One run at a time; a call during a run asks for another. */
export function finishPendingMarks(): Promise<void> {
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    do {
      again = false;
      await finishOnce();
    } while (again);
  })().finally(() => (running = undefined));
  return running;
}

async function finishOnce() {
  const now = Date.now();
  const stale = stalePendingMarks(allPendingMarks(), now);
  if (stale.length > 0) keepPendingMarks(withoutPendingMarks(allPendingMarks(), stale));
  const marks = allPendingMarks();
  if (marks.length === 0) return;
  const [{ applyPendingMarks }, { isReaderDocument }] = await Promise.all([import("@/lib/reader/apply-pending-marks"), import("@/lib/reader/check")]);
  const store = await storeForMarks();
  try {
    for (const url of new Set(marks.map((m) => m.url))) {
      const ofDocument = marks.filter((m) => m.url === url);
      const loaded = await loadDocument(url);
      const document = loaded.ok && isReaderDocument(loaded.value) ? loaded.value : undefined;
      // Offline, a server error or no answer in time: kept for the next page that opens the vocabulary.
      if (!document && !loaded.ok && loaded.retry) continue;
      // Gone or changed beyond reading (404, not a document): those marks can never be finished.
      if (!document) {
        keepPendingMarks(withoutPendingMarks(allPendingMarks(), ofDocument));
        continue;
      }
      const finished = await applyPendingMarks(store.store, document, ofDocument);
      keepPendingMarks(withoutPendingMarks(allPendingMarks(), finished));
    }
  } catch {
    // The store refused the write: the marks stay written down and are tried again later.
  } finally {
    store.release();
  }
}

/**
 * The store to write to. A connection of its own, so the page's store closing as the reader
 * unmounts cannot cut a write short; the page's store when the browser has no IndexedDB (words
 * then live in that page's memory only).
 */
async function storeForMarks(): Promise<{ store: VocabStore; release(): void }> {
  const page = await openedVocabStore();
  if (page && !page.persistent) return { store: page, release: () => {} };
  const own = await openVocabStore();
  return { store: own, release: () => own.close() };
}
