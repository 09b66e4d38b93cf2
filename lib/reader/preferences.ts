/**
 * Reading preferences kept in the browser. The same keys drive an inline script that applies
 * them to <html> before first paint (app/[lng]/_components/PreferencesScript.tsx), so a reload
 * never flashes the wrong state.
 */
export const PREFERENCES_KEY = "samhlida:preferences";

export const readingModes = ["side-by-side", "interleaved", "icelandic-only"] as const;
export const themes = ["system", "light", "dark"] as const;
/** Text size and line spacing steps, as multipliers of the base reading size and leading. */
export const fontScales = [0.875, 1, 1.125, 1.25, 1.5] as const;
export const lineSpacings = [1.45, 1.65, 1.9, 2.2] as const;

export interface Preferences {
  hints: boolean;
  mode: (typeof readingModes)[number];
  theme: (typeof themes)[number];
  fontScale: number;
  lineSpacing: number;
}
export type ReadingMode = Preferences["mode"];
export type Theme = Preferences["theme"];

export const defaultPreferences: Preferences = {
  hints: true,
  mode: "side-by-side",
  theme: "system",
  fontScale: 1,
  lineSpacing: 1.65,
};

/** The values each setting may take; anything else falls back to its default. */
export const allowedValues = { mode: readingModes, theme: themes, fontScale: fontScales, lineSpacing: lineSpacings } as const;

function pick<T>(allowed: readonly T[], value: unknown, fallback: T): T {
  return allowed.find((candidate) => candidate === value) ?? fallback;
}

/**
 * Reads stored preferences key by key. Checked by hand rather than with zod: this runs in every
 * page's client bundle, where a schema library would cost more than the five fields it checks.
 */
export function parsePreferences(stored: string | null): Preferences {
  let raw: unknown = {};
  try {
    raw = JSON.parse(stored ?? "{}");
  } catch {
    // unreadable: every key takes its default
  }
  const value = (key: string): unknown => (typeof raw === "object" && raw !== null ? Object.entries(raw).find(([k]) => k === key)?.[1] : undefined);
  const d = defaultPreferences;
  return {
    hints: typeof value("hints") === "boolean" ? value("hints") === true : d.hints,
    mode: pick(readingModes, value("mode"), d.mode),
    theme: pick(themes, value("theme"), d.theme),
    fontScale: pick(fontScales, value("fontScale"), d.fontScale),
    lineSpacing: pick(lineSpacings, value("lineSpacing"), d.lineSpacing),
  };
}

/** What CSS reads from <html>: data attributes and custom properties. */
export function preferenceAttributes(prefs: Preferences): Record<string, string> {
  return {
    "data-hints": prefs.hints ? "on" : "off",
    "data-mode": prefs.mode,
    "data-theme": prefs.theme,
  };
}

export function preferenceStyle(prefs: Preferences): Record<string, string> {
  return { "--reading-scale": String(prefs.fontScale), "--reading-leading": String(prefs.lineSpacing) };
}

/** Steps a value up or down a list of allowed values, stopping at the ends. */
export function step(values: readonly number[], current: number, direction: 1 | -1): number {
  const index = values.indexOf(current);
  const next = values[Math.min(values.length - 1, Math.max(0, (index < 0 ? 1 : index) + direction))];
  return next ?? current;
}
