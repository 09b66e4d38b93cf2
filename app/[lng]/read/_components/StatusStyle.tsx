"use client";

import { useMemo } from "react";
import type { SavedWord } from "@/lib/vocab/model";
import { useSheet } from "./useSheet";

const COLOUR: Record<string, string> = {
  new: "background:var(--status-new)",
  "learning-1": "background:var(--status-1)",
  "learning-2": "background:var(--status-2)",
  "learning-3": "background:var(--status-3)",
  "learning-4": "background:var(--status-4)",
  known: "text-decoration:none",
  ignored: "text-decoration:none",
};

/**
 * Status colours as one stylesheet: a rule per status listing the gloss-table rows saved with it.
 * A status change rewrites a few lines of CSS instead of re-rendering thousands of words, and
 * the colours follow the hints switch ([data-hints="on"]) with no script.
 */
export function StatusStyle({ entryIds, words }: { entryIds: readonly string[]; words: ReadonlyMap<string, SavedWord> }) {
  const css = useMemo(() => {
    const rows = new Map<string, number[]>();
    entryIds.forEach((id, row) => {
      const status = words.get(id)?.status;
      if (status) rows.set(status, [...(rows.get(status) ?? []), row]);
    });
    return [...rows]
      .map(([status, list]) => `[data-hints="on"] .term:is(${list.map((row) => `[data-g="${row}"]`).join(",")}){${COLOUR[status] ?? ""}}`)
      .join("\n");
  }, [entryIds, words]);
  useSheet(css);
  return null;
}
