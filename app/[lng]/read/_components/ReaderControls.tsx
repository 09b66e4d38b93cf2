"use client";

import { useEffect } from "react";
import { applyPreferences, savePreferences, usePreferences } from "../../_site/usePreferences";

interface Props {
  labels: { group: string; hints: string; english: string };
}

/**
 * The two everyday switches: glossary hints, and the English column (off = Icelandic only, where
 * single translations can still be revealed on demand).
 */
export function ReaderControls({ labels }: Props) {
  const prefs = usePreferences();
  const englishShown = prefs.mode !== "icelandic-only";

  // Another tab may change preferences; keep this page's <html> in step.
  useEffect(() => applyPreferences(prefs), [prefs]);

  return (
    <div role="group" aria-label={labels.group} className="reader-controls">
      <button
        type="button"
        className="switch"
        aria-pressed={prefs.hints}
        onClick={() => savePreferences({ ...prefs, hints: !prefs.hints })}
      >
        {labels.hints}
      </button>
      <button
        type="button"
        className="switch"
        aria-pressed={englishShown}
        onClick={() => savePreferences({ ...prefs, mode: englishShown ? "icelandic-only" : "side-by-side" })}
      >
        {labels.english}
      </button>
    </div>
  );
}
