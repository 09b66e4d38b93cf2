"use client";

import { useEffect, useMemo, useSyncExternalStore } from "react";
import { PREFERENCES_KEY, parsePreferences, preferenceAttributes, type Preferences } from "@/lib/reader/preferences";

interface Props {
  labels: { group: string; hints: string; english: string };
}

const CHANGE_EVENT = "samhlida:preferences";
/** Used when localStorage refuses writes (full, or blocked): the switch still works this visit. */
let unsaved: string | null = null;

function subscribe(onChange: () => void) {
  window.addEventListener("storage", onChange);
  document.addEventListener(CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener("storage", onChange);
    document.removeEventListener(CHANGE_EVENT, onChange);
  };
}

function readStored(): string | null {
  try {
    return unsaved ?? window.localStorage.getItem(PREFERENCES_KEY);
  } catch {
    return unsaved;
  }
}

function save(next: Preferences) {
  const serialised = JSON.stringify(next);
  try {
    window.localStorage.setItem(PREFERENCES_KEY, serialised);
    unsaved = null;
  } catch {
    unsaved = serialised;
  }
  document.dispatchEvent(new Event(CHANGE_EVENT));
}

/** The hints and English-column switches; the choice lives in localStorage and on <html>. */
export function ReaderControls({ labels }: Props) {
  const stored = useSyncExternalStore(subscribe, readStored, () => null);
  const prefs = useMemo(() => parsePreferences(stored), [stored]);

  useEffect(() => {
    for (const [name, value] of Object.entries(preferenceAttributes(prefs))) {
      document.documentElement.setAttribute(name, value);
    }
  }, [prefs]);

  return (
    <div role="group" aria-label={labels.group} className="reader-controls">
      <button type="button" className="switch" aria-pressed={prefs.hints} onClick={() => save({ ...prefs, hints: !prefs.hints })}>
        {labels.hints}
      </button>
      <button
        type="button"
        className="switch"
        aria-pressed={prefs.english}
        onClick={() => save({ ...prefs, english: !prefs.english })}
      >
        {labels.english}
      </button>
    </div>
  );
}
