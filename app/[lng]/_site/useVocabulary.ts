"use client";

import { useSyncExternalStore } from "react";
import type { SavedWord } from "@/lib/vocab/model";
import type { VocabStore } from "@/lib/vocab/store";
import { openVocabStore } from "@/lib/vocab/store-idb";
import { hasPendingMarks } from "./pendingMarkStorage";

export interface Vocabulary {
  store?: VocabStore;
  words: SavedWord[];
  /** Saved words by entry id, for the reader's colours and counts. */
  byId: ReadonlyMap<string, SavedWord>;
  loaded: boolean;
  /** The store opened but its words could not be read: pages say so rather than wait forever. */
  failed?: true;
}

const empty: Vocabulary = { words: [], byId: new Map(), loaded: false };
let snapshot = empty;
let opened: Promise<VocabStore> | undefined;
let users = 0;
const listeners = new Set<() => void>();

function publish(next: Vocabulary) {
  snapshot = next;
  for (const listener of listeners) listener();
}

/** Opens the store once for the whole page, however many islands use it; closes it when the last one goes. */
function subscribe(listener: () => void) {
  listeners.add(listener);
  users++;
  if (!opened) {
    const opening = openVocabStore();
    opened = opening;
    void opening.then((store) => {
      if (opened !== opening) return store.close();
      const reload = () =>
        void store.all().then(
          (words) => {
            if (opened === opening) publish({ store, words, byId: new Map(words.map((word) => [word.id, word])), loaded: true });
          },
          // Neither loaded nor with the store, so nothing acts on an empty list (a backup would
          // save no words, as it did before the store opened): the pages say why instead.
          () => {
            if (opened === opening) publish({ ...empty, failed: true });
          },
        );
      store.subscribe(reload);
      reload();
      // A key pressed on an article's word just before the last page was left (pendingMarks.ts).
      if (hasPendingMarks()) void import("./pendingMarks").then((marks) => marks.finishPendingMarks());
    });
  }
  return () => {
    listeners.delete(listener);
    users--;
    if (users === 0) {
      const closing = opened;
      opened = undefined;
      snapshot = empty;
      void closing?.then((store) => store.close());
    }
  };
}

/**
 * The page's store once it has opened. An action taken before that (a backup chosen in the first
 * moment after load) waits for it instead of being lost. Only while an island uses the store.
 */
export function openedVocabStore(): Promise<VocabStore> | undefined {
  return opened;
}

/** The saved words, live: changes in this tab or another re-read the store. The one way the app opens it. */
export function useVocabulary(): Vocabulary {
  return useSyncExternalStore(subscribe, () => snapshot, () => empty);
}
