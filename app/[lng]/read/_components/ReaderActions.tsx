"use client";

import { useEffect } from "react";
import { actionForKey, type ReaderAction } from "@/lib/reader/shortcuts";
import { speakPairs, stopSpeaking, type SpeechMessages } from "./speech";

export interface ReaderActionsStrings extends SpeechMessages {
  show: string;
  hide: string;
}

/**
 * Keyboard shortcuts and the per-sentence buttons (reveal, listen) for the whole reader, with one
 * delegated listener each. Renders nothing; the buttons and the help dialog are server-rendered.
 */
export function ReaderActions({ strings }: { strings: ReaderActionsStrings }) {
  useEffect(() => {
    const reader = document.querySelector<HTMLElement>(".reader");
    if (!reader) return;
    const pairs = () => [...reader.querySelectorAll<HTMLElement>(".pair")];
    const announce = (text: string) => {
      const status = reader.querySelector(".reader-status");
      if (status) status.textContent = text;
    };
    const currentPair = () =>
      document.activeElement instanceof Element ? document.activeElement.closest<HTMLElement>(".pair") : null;

    function focusPair(pair: HTMLElement | undefined) {
      if (!pair) return;
      pair.tabIndex = -1;
      pair.focus();
      pair.scrollIntoView({ block: "nearest" });
    }

    function moveSentence(direction: 1 | -1) {
      const all = pairs();
      const current = currentPair();
      const index = current ? all.indexOf(current) + direction : direction === 1 ? 0 : all.length - 1;
      focusPair(all[Math.min(all.length - 1, Math.max(0, index))]);
    }

    /** Arrow keys move between words only while a word has focus; otherwise they scroll. */
    function moveWord(direction: 1 | -1): boolean {
      const terms = [...reader!.querySelectorAll<HTMLElement>(".term")];
      const index = terms.findIndex((term) => term === document.activeElement);
      if (index < 0) return false;
      terms[index + direction]?.focus();
      return true;
    }

    function reveal(pair: HTMLElement | null) {
      if (!pair) return;
      const open = !pair.hasAttribute("data-revealed");
      pair.toggleAttribute("data-revealed", open);
      const button = pair.querySelector<HTMLButtonElement>('[data-action="reveal"]');
      if (button) {
        button.setAttribute("aria-expanded", String(open));
        button.textContent = open ? strings.hide : strings.show;
      }
    }

    const handlers: Record<string, (pair: HTMLElement | null) => boolean | void> = {
      "next-sentence": () => moveSentence(1),
      "previous-sentence": () => moveSentence(-1),
      "reveal-translation": reveal,
      reveal,
      "open-gloss": (pair) => pair?.querySelector<HTMLElement>(".term")?.focus(),
      "next-word": () => moveWord(1),
      "previous-word": () => moveWord(-1),
      "toggle-hints": () => document.querySelector<HTMLButtonElement>(".reader-controls .switch")?.click(),
      "listen-sentence": (pair) => speakPairs(pair ? [pair] : pairs().slice(0, 1), strings, announce),
      listen: (pair) => speakPairs(pair ? [pair] : [], strings, announce),
      "listen-text": () => speakPairs(pairs(), strings, announce),
      "stop-listening": () => stopSpeaking(),
      help: () => document.querySelector<HTMLDialogElement>("dialog.shortcuts")?.showModal(),
      // save-word belongs to the vocabulary island, which listens for the same key.
    };

    /** Runs an action; false when it did not apply, so the key keeps its usual meaning. */
    function run(action: ReaderAction | string, pair: HTMLElement | null): boolean {
      const handler = handlers[action];
      return handler ? handler(pair) !== false : false;
    }

    function onKeyDown(event: KeyboardEvent) {
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      const target = event.target;
      if (target instanceof HTMLElement && target.closest("input, textarea, select, [contenteditable], dialog")) return;
      const action = actionForKey(event.key);
      if (action && run(action, currentPair())) event.preventDefault();
    }

    function onClick(event: MouseEvent) {
      const button = event.target instanceof Element ? event.target.closest<HTMLElement>("[data-action]") : null;
      if (!button) return;
      run(button.dataset.action ?? "", button.closest<HTMLElement>(".pair"));
    }

    document.addEventListener("keydown", onKeyDown);
    document.addEventListener("click", onClick);
    return () => {
      document.removeEventListener("keydown", onKeyDown);
      document.removeEventListener("click", onClick);
      stopSpeaking();
    };
  }, [strings]);
  return null;
}
