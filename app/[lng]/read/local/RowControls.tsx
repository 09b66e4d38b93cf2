"use client";

import type { TextViewSentence } from "@/lib/reader/text-view";

export interface RowLabels {
  merge: string;
  split: string;
}

/** Alignment fixes for one row of a stored text: merge it with the next row, or split a merged row. */
export function RowControls({
  row,
  hasNext,
  labels,
  problem,
  onMerge,
  onSplit,
}: {
  row: readonly TextViewSentence[];
  hasNext: boolean;
  labels: RowLabels;
  /** Why this row's last fix was not made, shown beside its buttons. */
  problem?: string | undefined;
  onMerge(id: string): void;
  onSplit(id: string): void;
}) {
  const id = row[0]?.id;
  if (!id || (!hasNext && row.length < 2)) return null;
  return (
    <span className="row-controls">
      {hasNext && (
        <button type="button" className="pair-action row-action" onClick={() => onMerge(id)}>
          {labels.merge}
        </button>
      )}
      {row.length > 1 && (
        <button type="button" className="pair-action row-action" onClick={() => onSplit(id)}>
          {labels.split}
        </button>
      )}
      {problem && (
        <span role="alert" className="form-error">
          {problem}
        </span>
      )}
    </span>
  );
}
