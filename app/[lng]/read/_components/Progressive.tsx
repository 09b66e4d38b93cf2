"use client";

import { startTransition, useEffect, useState, type ReactNode } from "react";

const FIRST = 12;
const STEP = 12;

/**
 * Shows a long list a slice at a time: the first paragraphs at once, so the first words can be
 * read and glossed, and the rest in later, interruptible renders (transitions), so no single task
 * builds thousands of elements. Used for texts rendered in the browser; the server renders all.
 */
export function Progressive({ children }: { children: ReactNode[] }) {
  const [shown, setShown] = useState(FIRST);
  useEffect(() => {
    if (shown >= children.length) return;
    const timer = setTimeout(() => startTransition(() => setShown((count) => count + STEP)), 0);
    return () => clearTimeout(timer);
  }, [shown, children.length]);
  return <>{children.slice(0, shown)}</>;
}
