import { z } from "zod";

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

export const preferences = z.object({
  hints: z.boolean().catch(true),
  mode: z.enum(readingModes).catch("side-by-side"),
  theme: z.enum(themes).catch("system"),
  fontScale: z.number().refine((n) => (fontScales as readonly number[]).includes(n)).catch(1),
  lineSpacing: z.number().refine((n) => (lineSpacings as readonly number[]).includes(n)).catch(1.65),
});
export type Preferences = z.infer<typeof preferences>;
export type ReadingMode = Preferences["mode"];
export type Theme = Preferences["theme"];

export const defaultPreferences: Preferences = {
  hints: true,
  mode: "side-by-side",
  theme: "system",
  fontScale: 1,
  lineSpacing: 1.65,
};

/** Reads stored preferences; anything unreadable falls back to its default, key by key. */
export function parsePreferences(stored: string | null): Preferences {
  if (!stored) return defaultPreferences;
  try {
    const raw: unknown = JSON.parse(stored);
    const parsed = preferences.safeParse(typeof raw === "object" && raw !== null ? raw : {});
    return parsed.success ? parsed.data : defaultPreferences;
  } catch {
    return defaultPreferences;
  }
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
