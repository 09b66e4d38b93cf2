"use client";

import { useMemo, useSyncExternalStore } from "react";
import {
  PREFERENCES_KEY,
  parsePreferences,
  preferenceAttributes,
  preferenceStyle,
  type Preferences,
} from "@/lib/reader/preferences";

const CHANGE_EVENT = "samhlida:preferences";
/** Used when localStorage refuses writes (full, or blocked): settings still work this visit. */
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

export function applyPreferences(prefs: Preferences) {
  const root = document.documentElement;
  for (const [name, value] of Object.entries(preferenceAttributes(prefs))) root.setAttribute(name, value);
  for (const [name, value] of Object.entries(preferenceStyle(prefs))) root.style.setProperty(name, value);
}

/** Saves, applies to <html> at once, and tells every island (and, via storage, other tabs). */
export function savePreferences(next: Preferences) {
  const serialised = JSON.stringify(next);
  applyPreferences(next);
  try {
    window.localStorage.setItem(PREFERENCES_KEY, serialised);
    unsaved = null;
  } catch {
    unsaved = serialised;
  }
  document.dispatchEvent(new Event(CHANGE_EVENT));
}

export function usePreferences(): Preferences {
  const stored = useSyncExternalStore(subscribe, readStored, () => null);
  return useMemo(() => parsePreferences(stored), [stored]);
}
