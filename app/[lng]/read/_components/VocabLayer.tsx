"use client";

import { useEffect } from "react";
import { countLemmas, unknownCount } from "@/lib/vocab/counts";
import { VocabError } from "@/lib/vocab/errors";
import { isStatus, type SaveInput, type SavedWord, type Status } from "@/lib/vocab/model";
import { saveWord, setStatus } from "@/lib/vocab/save";
import type { VocabStore } from "@/lib/vocab/store";
import { openVocabStore } from "@/lib/vocab/store-idb";

export interface VocabLayerStrings {
  save: string;
  saved: string;
  known: string;
  learning: string;
  new: string;
  unknownInSentence: string;
  notPersistent: string;
  errors: Record<string, string>;
}

const STATUS_KEYS: Record<string, Status> = { "1": "learning-1", "2": "learning-2", "3": "learning-3", "4": "learning-4", k: "known", i: "ignored" };
const fill = (template: string, count: number) => template.replace("{{count}}", String(count));

/**
 * The reader's link to the learner's vocabulary: save and status actions in the glosses (by
 * pointer, tap or key), status colours on the words, and counts per sentence and per text.
 * One delegated listener for the whole text; renders nothing itself.
 */
export function VocabLayer({ strings }: { strings: VocabLayerStrings }) {
  useEffect(() => {
    const found = document.querySelector<HTMLElement>(".reader");
    if (!found) return;
    const reader: HTMLElement = found;
    let store: VocabStore | undefined;
    let words = new Map<string, SavedWord>();
    let disposed = false;
    const terms = () => [...reader.querySelectorAll<HTMLElement>(".term[data-entry]")];
    const announce = (text: string) => {
      const region = reader.querySelector(".reader-status");
      if (region) region.textContent = text;
    };

    function paint() {
      for (const term of terms()) {
        const word = words.get(term.dataset.entry ?? "");
        term.dataset.status = word?.status ?? "unsaved";
        const wrap = term.closest(".term-wrap");
        const save = wrap?.querySelector<HTMLButtonElement>('[data-vocab="save"]');
        if (save) {
          save.setAttribute("aria-pressed", String(Boolean(word)));
          save.textContent = word ? strings.saved : strings.save;
        }
        for (const button of wrap?.querySelectorAll<HTMLButtonElement>("[data-vocab-status]") ?? []) {
          button.setAttribute("aria-pressed", String(button.dataset.vocabStatus === word?.status));
        }
      }
      const counts = countLemmas(terms().map((t) => t.dataset.entry ?? ""), words);
      const summary = reader.querySelector<HTMLElement>(".vocab-counts");
      if (summary) {
        summary.textContent = [fill(strings.known, counts.known), fill(strings.learning, counts.learning), fill(strings.new, counts.new)].join(" · ");
        summary.hidden = false;
      }
      for (const pair of reader.querySelectorAll<HTMLElement>(".pair")) {
        const ids = [...pair.querySelectorAll<HTMLElement>(".term[data-entry]")].map((t) => t.dataset.entry ?? "");
        let badge = pair.querySelector<HTMLElement>(".unknown-count");
        if (!badge) {
          badge = document.createElement("span");
          badge.className = "unknown-count";
          pair.querySelector(".pair-actions")?.prepend(badge);
        }
        badge.textContent = fill(strings.unknownInSentence, unknownCount(ids, words));
      }
    }

    async function load() {
      if (!store) return;
      words = new Map((await store.all()).map((word) => [word.id, word]));
      if (!disposed) paint();
    }

    function inputFor(term: HTMLElement): SaveInput {
      const pair = term.closest<HTMLElement>(".pair");
      return {
        entryId: term.dataset.entry ?? "",
        lemma: term.dataset.lemma ?? term.textContent ?? "",
        pos: term.dataset.pos ?? "",
        meaning: term.dataset.meaning ?? "",
        form: term.textContent ?? "",
        context: {
          slug: reader.dataset.slug ?? "",
          title: reader.dataset.title ?? "",
          sentenceId: pair?.dataset.sentence ?? "",
          is: pair?.dataset.text ?? "",
          en: pair?.querySelector(".sentence-en")?.textContent ?? "",
        },
      };
    }

    async function change(term: HTMLElement, next?: Status) {
      if (!store || !term.dataset.entry) return;
      const now = new Date();
      try {
        await store.update(term.dataset.entry, (word) => {
          const saved = saveWord(word, inputFor(term), now);
          return next ? setStatus(saved, next, now) : saved;
        });
      } catch (error) {
        announce(strings.errors[error instanceof VocabError ? error.code : "storage-failed"] ?? "");
      }
    }

    function onClick(event: MouseEvent) {
      const button = event.target instanceof Element ? event.target.closest<HTMLElement>("[data-vocab], [data-vocab-status]") : null;
      const term = button?.closest(".term-wrap")?.querySelector<HTMLElement>(".term");
      if (!button || !term) return;
      const next = button.dataset.vocabStatus;
      void change(term, isStatus(next) ? next : undefined);
    }

    function onKeyDown(event: KeyboardEvent) {
      const term = document.activeElement;
      if (event.ctrlKey || event.metaKey || event.altKey || !(term instanceof HTMLElement) || !term.matches(".term[data-entry]")) return;
      const key = event.key.toLowerCase();
      if (key !== "s" && !(key in STATUS_KEYS)) return;
      event.preventDefault();
      void change(term, STATUS_KEYS[key]);
    }

    reader.addEventListener("click", onClick);
    document.addEventListener("keydown", onKeyDown);
    void openVocabStore().then((opened) => {
      if (disposed) return opened.close();
      store = opened;
      document.documentElement.classList.add("vocab-ready");
      if (!opened.persistent) announce(strings.notPersistent);
      opened.subscribe(() => void load());
      void load();
    });
    return () => {
      disposed = true;
      reader.removeEventListener("click", onClick);
      document.removeEventListener("keydown", onKeyDown);
      store?.close();
    };
  }, [strings]);
  return null;
}
