"use client";

import { useEffect, useRef } from "react";
import type { DocumentIndex, TokenPlace } from "@/lib/reader/places";
import { shortcutForKey, statusOf, type ReaderAction } from "@/lib/reader/shortcuts";
import type { Status } from "@/lib/vocab/model";

export interface KeyActions {
  index: DocumentIndex;
  toggleReveal(sentenceId: string): void;
  toggleHints(): void;
  listen(sentenceIds: readonly string[]): void;
  listenAll(): void;
  stop(): void;
  openHelp(): void;
  closeGloss(): void;
  mark(place: TokenPlace, status?: Status): void;
  /** Whether the text's data (its glosses) has arrived; until then `index` is empty. */
  loaded: boolean;
  /** A word action on a focused word before the data has arrived: done once it has. */
  markWhenLoaded(termId: string, status?: Status): void;
}

const byId = (id: string | undefined) => (id ? document.getElementById(id) : null);

/**
 * The reader's keys, from lib/reader/shortcuts.ts. Where the focus is comes from the focused
 * element's id: a term's id is its token's, a pair's id its sentence's.
 */
export function useReaderKeys(actions: KeyActions) {
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });

  useEffect(() => {
    function focusedTerm(): string | undefined {
      const id = document.activeElement?.id;
      return id && latest.current.index.places.has(id) ? id : undefined;
    }
    function currentSentence(): string | undefined {
      const { index } = latest.current;
      const term = focusedTerm();
      if (term) return index.places.get(term)?.sentence.id;
      const pair = document.activeElement?.closest(".pair")?.id;
      return pair && index.sentences.has(pair) ? pair : undefined;
    }
    function focusSentence(direction: 1 | -1) {
      const ids = [...latest.current.index.sentences.keys()];
      const current = currentSentence();
      const at = current ? ids.indexOf(current) + direction : direction === 1 ? 0 : ids.length - 1;
      const pair = byId(ids[Math.min(ids.length - 1, Math.max(0, at))]);
      if (!pair) return;
      pair.tabIndex = -1;
      pair.focus();
      pair.scrollIntoView({ block: "nearest" });
    }
    function moveWord(direction: 1 | -1): boolean {
      const term = focusedTerm();
      if (!term) return false;
      const { terms } = latest.current.index;
      byId(terms[terms.indexOf(term) + direction])?.focus();
      return true;
    }
    function firstTermOf(sentenceId: string | undefined) {
      const prefix = `${sentenceId}.t`;
      return latest.current.index.terms.find((id) => id.startsWith(prefix));
    }

    /** Runs an action; false when it did not apply, so the key keeps its usual meaning. */
    function run(action: ReaderAction, status: Status | undefined): boolean {
      const a = latest.current;
      const sentence = currentSentence();
      const term = focusedTerm();
      switch (action) {
        case "next-sentence":
          return (focusSentence(1), true);
        case "previous-sentence":
          return (focusSentence(-1), true);
        case "reveal-translation":
          return sentence ? (a.toggleReveal(sentence), true) : false;
        case "open-gloss": {
          const first = byId(firstTermOf(sentence ?? [...a.index.sentences.keys()][0]));
          return first ? (first.focus(), true) : false;
        }
        case "next-word":
          return moveWord(1);
        case "previous-word":
          return moveWord(-1);
        case "close-gloss":
          a.closeGloss();
          return false;
        case "look-up": {
          // Into the open gloss's dictionary links (Tab goes on to the next, Escape back to the word).
          const link = term ? document.querySelector<HTMLAnchorElement>(".gloss-links a") : null;
          return link ? (link.focus(), true) : false;
        }
        case "toggle-hints":
          return (a.toggleHints(), true);
        case "listen-sentence":
          return (a.listen([sentence ?? [...a.index.sentences.keys()][0] ?? ""]), true);
        case "listen-text":
          return (a.listenAll(), true);
        case "stop-listening":
          return (a.stop(), true);
        case "help":
          return (a.openHelp(), true);
        default: {
          // Word actions: save, and the status keys. They need a focused word with a gloss.
          const place = term ? a.index.places.get(term) : undefined;
          const waiting = !a.loaded && document.activeElement?.classList.contains("term") ? document.activeElement.id : "";
          if (!place && waiting) return (a.markWhenLoaded(waiting, status), true);
          if (!place || place.sentence.tokens[place.tokenIndex]?.gloss === undefined) return false;
          a.mark(place, status);
          return true;
        }
      }
    }

    function onKeyDown(event: KeyboardEvent) {
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      const target = event.target;
      if (target instanceof HTMLElement && target.closest("input, textarea, select, [contenteditable], dialog")) return;
      const shortcut = shortcutForKey(event.key);
      if (shortcut && run(shortcut.action, statusOf(shortcut))) event.preventDefault();
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);
}
