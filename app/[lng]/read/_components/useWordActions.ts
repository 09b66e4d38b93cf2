"use client";

import { useCallback } from "react";
import type { TokenPlace } from "@/lib/reader/places";
import type { ReaderDocument } from "@/lib/reader/types";
import { addSentence, restore, save, unsave } from "@/lib/vocab/actions";
import { VocabError } from "@/lib/vocab/errors";
import type { SaveInput, Status } from "@/lib/vocab/model";
import { canSave, saveWord, setStatus } from "@/lib/vocab/save";
import type { VocabStore } from "@/lib/vocab/store";
import type { ReaderLabels } from "./labels";

/** A line for the reader's one live region, with an undo when the change can be taken back. */
export interface Notice {
  text: string;
  undo?: () => void;
}

const fill = (template: string, lemma: string) => template.replace("{{lemma}}", lemma);

/** What the gloss hands to lib/vocab for the word at a token: its entry, form and sentence. */
function inputAt(document: ReaderDocument, place: TokenPlace): SaveInput | undefined {
  const token = place.sentence.tokens[place.tokenIndex];
  const entry = token?.gloss === undefined ? undefined : document.glosses[token.gloss];
  if (!token || !entry) return undefined;
  return {
    entryId: entry.id,
    lemma: entry.lemma,
    pos: entry.pos,
    meaning: entry.meanings[0]?.text ?? "",
    form: place.sentence.is.slice(token.start, token.end),
    context: { slug: document.id, title: document.title.is, sentenceId: place.sentence.id, is: place.sentence.is, en: place.sentence.en },
  };
}

/**
 * The gloss's vocabulary actions over lib/vocab/actions.ts: save (S; a saved lemma stays as it
 * is), a status (saving first when needed), un-save with an undo, and the explicit "add this
 * sentence", each saying what it did through `notify`.
 */
export function useWordActions(document: ReaderDocument | undefined, store: VocabStore | undefined, labels: ReaderLabels, notify: (notice: Notice) => void) {
  const v = labels.vocab;
  const failed = useCallback(
    (error: unknown) => notify({ text: v.errors[error instanceof VocabError ? error.code : "storage-failed"] ?? "" }),
    [v, notify],
  );
  const prepare = useCallback(
    (place: TokenPlace) => {
      const input = document && inputAt(document, place);
      if (!input || !store) return undefined;
      if (!canSave(input)) {
        notify({ text: v.tooLong });
        return undefined;
      }
      return { input, store };
    },
    [document, store, v, notify],
  );

  const mark = useCallback(
    (place: TokenPlace, next?: Status) => {
      const ready = prepare(place);
      if (!ready) return;
      const { input, store } = ready;
      const now = new Date();
      const done = next
        ? store.update(input.entryId, (word) => setStatus(word ?? saveWord(undefined, input, now), next, now))
        : save(store, input, now);
      done.catch(failed);
    },
    [prepare, failed],
  );

  const remove = useCallback(
    (place: TokenPlace) => {
      const ready = prepare(place);
      if (!ready) return;
      const { input, store } = ready;
      unsave(store, input.entryId)
        .then((token) => {
          if (!token) return;
          notify({
            text: fill(v.unsaved, input.lemma),
            undo: () => {
              restore(store, token)
                .then(() => notify({ text: fill(v.restored, input.lemma) }))
                .catch(failed);
            },
          });
        })
        .catch(failed);
    },
    [prepare, failed, notify, v],
  );

  const addThisSentence = useCallback(
    (place: TokenPlace) => {
      const ready = prepare(place);
      if (!ready) return;
      const { input, store } = ready;
      addSentence(store, input)
        .then(({ outcome }) => {
          const text = {
            added: v.contextAdded,
            "already-there": v.contextAlreadyThere,
            saved: v.contextSaved,
            full: v.contextsFull,
            "too-long": v.tooLong,
          }[outcome];
          notify({ text: fill(text, input.lemma) });
        })
        .catch(failed);
    },
    [prepare, failed, notify, v],
  );

  return { mark, unsave: remove, addSentence: addThisSentence };
}
