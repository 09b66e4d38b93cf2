"use client";

import { useEffect } from "react";
import { applyPreferences, savePreferences, usePreferences } from "../../_site/usePreferences";

interface Props {
  labels: { group: string; hints: string; hintsShort: string; english: string; englishShort: string };
}

/**
 * A button's full label, with a short one shown instead on phones. The full label stays the
 * accessible name (visually hidden there), and the short one is part of it, so voice control
 * users can say what they see.
 */
export function TwoLabels({ long, short }: { long: string; short: string }) {
  return (
    <>
      <span className="label-long">{long}</span>
      <span className="label-short" aria-hidden="true">
        {short}
      </span>
    </>
  );
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
        <TwoLabels long={labels.hints} short={labels.hintsShort} />
      </button>
      <button
        type="button"
        className="switch"
        aria-pressed={englishShown}
        onClick={() => savePreferences({ ...prefs, mode: englishShown ? "icelandic-only" : "side-by-side" })}
      >
        <TwoLabels long={labels.english} short={labels.englishShort} />
      </button>
    </div>
  );
}
