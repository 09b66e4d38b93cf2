"use client";

import { useCallback } from "react";
import { fill } from "@/lib/i18n/fill";
import type { TokenPlace } from "@/lib/reader/places";
import { saveInputAt } from "@/lib/reader/save-input";
import type { ReaderDocument } from "@/lib/reader/types";
import { VocabError } from "@/lib/vocab/errors";
import type { Status } from "@/lib/vocab/model";
import type { VocabStore } from "@/lib/vocab/store";
import { openedVocabStore } from "../../_site/useVocabulary";
import type { ReaderLabels } from "./labels";

/**
 * The write side (with the scheduler, ts-fsrs) is fetched when a gloss first opens, so it is
 * there before the learner presses S, and never runs while the page loads: evaluated on idle it
 * was the longest task after hydration on a throttled phone (decisions.md, 2026-12-07).
 */
const loadVocab = () => import("./vocabActions");
export const preloadWordActions = () => void loadVocab();

/** A line for the reader's one live region, with an undo when the change can be taken back. */
export interface Notice {
  text: string;
  undo?: () => void;
}

/**
 * The gloss's vocabulary actions over lib/vocab/actions.ts: save (S; a saved lemma stays as it
 * is), a status (saving first when needed), un-save with an undo, and the explicit "add this
 * sentence", each saying what it did through `notify`.
 */
export function useWordActions(document: ReaderDocument | undefined, store: VocabStore | undefined, labels: ReaderLabels, notify: (notice: Notice) => void) {
  const v = labels.vocab;
  const failure = useCallback((error: unknown) => v.errors[error instanceof VocabError ? error.code : "storage-failed"] ?? "", [v]);
  const failed = useCallback((error: unknown) => notify({ text: failure(error) }), [failure, notify]);
  /**
   * The word at `place` with the store and the vocabulary's code, or undefined when it cannot be
   * saved (said through `notify`). A key pressed while the store is still opening waits for it:
   * the gloss shows no buttons then, but S and the status keys work, and were lost.
   */
  const prepare = useCallback(
    async (place: TokenPlace) => {
      const input = document && saveInputAt(document, place, v.nameMeanings);
      if (!input) return undefined;
      const opened = store ?? (await openedVocabStore());
      if (!opened) throw new Error("the vocabulary store is not open");
      const vocab = await loadVocab();
      if (!vocab.canSave(input)) {
        notify({ text: v.tooLong });
        return undefined;
      }
      return { input, store: opened, vocab };
    },
    [document, store, v, notify],
  );

  const mark = useCallback(
    (place: TokenPlace, next?: Status) => {
      prepare(place)
        .then((ready) => {
          if (!ready) return;
          const { input, store, vocab } = ready;
          const now = new Date();
          return next
            ? store.update(input.entryId, (word) => vocab.setStatus(word ?? vocab.saveWord(undefined, input, now), next, now))
            : vocab.save(store, input, now);
        })
        .catch(failed);
    },
    [prepare, failed],
  );

  const remove = useCallback(
    (place: TokenPlace) => {
      prepare(place)
        .then(async (ready) => {
          if (!ready) return;
          const { input, store, vocab } = ready;
          const token = await vocab.unsave(store, input.entryId);
          if (!token) return;
          // The undo stays on offer (with the reason) when the storage refuses it: the word is
          // only in this token until it is back in the store.
          const offerUndo = (text: string) =>
            notify({
              text,
              undo: () => {
                vocab
                  .restore(store, token)
                  .then(() => notify({ text: fill(v.restored, { lemma: input.lemma }) }))
                  .catch((error: unknown) => offerUndo(failure(error)));
              },
            });
          offerUndo(fill(v.unsaved, { lemma: input.lemma }));
        })
        .catch(failed);
    },
    [prepare, failed, failure, notify, v],
  );

  const addThisSentence = useCallback(
    (place: TokenPlace) => {
      prepare(place)
        .then(async (ready) => {
          if (!ready) return;
          const { input, store, vocab } = ready;
          const { outcome } = await vocab.addSentence(store, input);
          const text = {
            added: v.contextAdded,
            "already-there": v.contextAlreadyThere,
            saved: v.contextSaved,
            full: v.contextsFull,
            "too-long": v.tooLong,
          }[outcome];
          notify({ text: fill(text, { lemma: input.lemma }) });
        })
        .catch(failed);
    },
    [prepare, failed, notify, v],
  );

  return { mark, unsave: remove, addSentence: addThisSentence };
}
