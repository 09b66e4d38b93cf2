"use client";

import { useRef, useSyncExternalStore, type TouchEvent } from "react";

const MARGIN = 8;
/** How far a finger must pull the sheet down to close it. */
const SWIPE_CLOSE_PX = 60;
const TOUCH_QUERY = "(hover: none) and (pointer: coarse)";

function subscribeTouch(onChange: () => void) {
  const query = window.matchMedia(TOUCH_QUERY);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
}

/** True on touch screens, where the gloss is a bottom sheet; false on the server and with a mouse. */
export function useTouchScreen(): boolean {
  return useSyncExternalStore(
    subscribeTouch,
    () => window.matchMedia(TOUCH_QUERY).matches,
    () => false,
  );
}

/**
 * The sheet sits at the bottom of the screen (CSS); the page keeps room for it below the text
 * (--sheet-space), and scrolls just enough to show the word between the sticky reader bar and the
 * sheet, so the word being read is never under either.
 */
export function placeSheet(sheet: HTMLElement, anchor: HTMLElement) {
  sheet.style.left = "";
  sheet.style.top = "";
  const height = sheet.getBoundingClientRect().height;
  document.documentElement.style.setProperty("--sheet-space", `${Math.ceil(height)}px`);
  const bar = document.getElementById("reader-bar")?.getBoundingClientRect();
  const top = Math.max(0, bar && bar.top <= MARGIN ? bar.bottom : 0) + MARGIN;
  const bottom = window.innerHeight - height - MARGIN;
  const word = anchor.getBoundingClientRect();
  if (word.top >= top && word.bottom <= bottom) return;
  window.scrollBy({ top: (word.top + word.bottom) / 2 - (top + bottom) / 2 });
}

/** Pulling the sheet down moves it with the finger; far enough, and it closes. */
export function useSwipeDown(onClose: (() => void) | undefined) {
  const start = useRef<{ x: number; y: number } | null>(null);
  const pulled = (event: TouchEvent<HTMLElement>) => {
    const touch = event.changedTouches[0];
    const from = start.current;
    return touch && from && Math.abs(touch.clientY - from.y) > Math.abs(touch.clientX - from.x) ? touch.clientY - from.y : 0;
  };
  return {
    onTouchStart(event: TouchEvent<HTMLElement>) {
      const touch = event.touches[0];
      start.current = touch ? { x: touch.clientX, y: touch.clientY } : null;
    },
    onTouchMove(event: TouchEvent<HTMLElement>) {
      const sheet = event.currentTarget;
      sheet.style.transform = `translateY(${Math.max(0, pulled(event))}px)`;
    },
    onTouchEnd(event: TouchEvent<HTMLElement>) {
      const distance = pulled(event);
      start.current = null;
      event.currentTarget.style.transform = "";
      if (distance > SWIPE_CLOSE_PX) onClose?.();
    },
    onTouchCancel(event: TouchEvent<HTMLElement>) {
      start.current = null;
      event.currentTarget.style.transform = "";
    },
  };
}

/** The sheet's top row: a handle to pull, the previous and next word, and close. */
export function SheetNav({ labels, onStep, onClose }: { labels: { previous: string; next: string; close: string }; onStep(direction: 1 | -1): void; onClose(): void }) {
  return (
    <div className="sheet-nav">
      <span className="sheet-handle" aria-hidden="true" />
      <button type="button" tabIndex={-1} onClick={() => onStep(-1)}>
        <span aria-hidden="true">‹ </span>
        {labels.previous}
      </button>
      <button type="button" tabIndex={-1} onClick={() => onStep(1)}>
        {labels.next}
        <span aria-hidden="true"> ›</span>
      </button>
      <button type="button" tabIndex={-1} className="sheet-close" aria-label={labels.close} onClick={onClose}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
