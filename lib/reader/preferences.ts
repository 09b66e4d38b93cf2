import { z } from "zod";

/**
 * Reading preferences kept in the browser. The same keys drive an inline script that applies
 * them to <html> before first paint (see app/[lng]/_components/PreferencesScript.tsx), so a
 * reload never flashes the wrong state.
 */
export const PREFERENCES_KEY = "samhlida:preferences";

export const preferences = z.object({
  hints: z.boolean().catch(true),
  english: z.boolean().catch(true),
});
export type Preferences = z.infer<typeof preferences>;

export const defaultPreferences: Preferences = { hints: true, english: true };

/** Reads stored preferences; anything unreadable falls back to the defaults, key by key. */
export function parsePreferences(stored: string | null): Preferences {
  if (!stored) return defaultPreferences;
  try {
    const parsed = preferences.safeParse({ ...defaultPreferences, ...JSON.parse(stored) });
    return parsed.success ? parsed.data : defaultPreferences;
  } catch {
    return defaultPreferences;
  }
}

/** The <html> data attributes that CSS reads. */
export function preferenceAttributes(prefs: Preferences): Record<string, string> {
  return { "data-hints": prefs.hints ? "on" : "off", "data-english": prefs.english ? "shown" : "hidden" };
}
