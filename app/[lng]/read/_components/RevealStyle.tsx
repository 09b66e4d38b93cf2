"use client";

import { useSheet } from "./useSheet";

/**
 * In "Icelandic only", the translations the learner revealed, as one rule naming them by id: the
 * server-rendered sentences stay as they are, and no selector has to search the page (no :has()).
 */
export function RevealStyle({ revealed }: { revealed: ReadonlySet<string> }) {
  const selectors = [...revealed].map((id) => `[id="en-${id}"]`).join(",");
  useSheet(selectors ? `[data-mode="icelandic-only"] :is(${selectors}){display:block;padding-left:1rem;border-left:3px solid var(--accent)}` : "");
  return null;
}
