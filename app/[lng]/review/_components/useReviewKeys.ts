"use client";

import { useEffect, useRef, type RefObject } from "react";

interface Keys {
  active: boolean;
  shown: boolean;
  show: () => void;
  /** 0–3 for Again, Hard, Good, Easy. */
  grade: (index: number) => void;
}

const isAnswerKey = (key: string) => key === " " || key === "Enter";

/**
 * Space/Enter show the answer and 1–4 grade it wherever focus is in the review, or nowhere in
 * particular (the page body). On the cloze checkbox the keys are the review's, not the box's:
 * preventing keydown stops Chromium's activation, and keyup is swallowed too for other engines.
 * A focused button keeps its own Space/Enter, so tabbing to "Easy" and pressing Enter is Easy.
 */
export function useReviewKeys(root: RefObject<HTMLElement | null>, keys: Keys) {
  const latest = useRef(keys);
  useEffect(() => {
    latest.current = keys;
  });

  useEffect(() => {
    const ours = (target: EventTarget | null) =>
      target === document.body || target === document.documentElement || (target instanceof Node && !!root.current?.contains(target));
    const onCheckbox = (target: EventTarget | null) => target instanceof HTMLInputElement && target.type === "checkbox";

    function onKeyDown(event: KeyboardEvent) {
      const { active, shown, show, grade } = latest.current;
      if (!active || event.ctrlKey || event.metaKey || event.altKey || !ours(event.target)) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest("select, textarea, input:not([type=checkbox])")) return;
      if (isAnswerKey(event.key)) {
        if (target?.closest("button, a")) return;
        event.preventDefault();
        if (!shown) show();
      } else if (shown && ["1", "2", "3", "4"].includes(event.key)) {
        event.preventDefault();
        grade(Number(event.key) - 1);
      }
    }
    function onKeyUp(event: KeyboardEvent) {
      if (event.key === " " && latest.current.active && onCheckbox(event.target) && ours(event.target)) event.preventDefault();
    }
    document.addEventListener("keydown", onKeyDown);
    document.addEventListener("keyup", onKeyUp);
    return () => {
      document.removeEventListener("keydown", onKeyDown);
      document.removeEventListener("keyup", onKeyUp);
    };
  }, [root]);
}
