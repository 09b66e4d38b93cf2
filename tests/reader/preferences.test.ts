import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import {
  PREFERENCES_KEY,
  defaultPreferences,
  parsePreferences,
  preferenceAttributes,
  preferenceStyle,
  step,
  fontScales,
} from "@/lib/reader/preferences";
import { preferencesScript } from "@/lib/reader/preferences-script";

/** Runs the inline script against a minimal document and storage, returning what it set. */
function runScript(stored: string | null) {
  const attributes: Record<string, string> = {};
  const style: Record<string, string> = {};
  runInNewContext(preferencesScript(), {
    localStorage: { getItem: (key: string) => (key === PREFERENCES_KEY ? stored : null) },
    document: {
      documentElement: {
        setAttribute: (name: string, value: string) => (attributes[name] = value),
        style: { setProperty: (name: string, value: string) => (style[name] = value) },
      },
    },
  });
  return { attributes, style };
}

const samples: (string | null)[] = [
  null,
  "",
  "not json",
  "[]",
  "null",
  JSON.stringify({ hints: false }),
  JSON.stringify({ hints: "no", mode: "interleaved", theme: "dark" }),
  JSON.stringify({ mode: "sideways", theme: "purple", fontScale: 7, lineSpacing: 1.9 }),
  JSON.stringify({ hints: true, mode: "icelandic-only", theme: "light", fontScale: 1.25, lineSpacing: 2.2 }),
];

describe("reading preferences", () => {
  it("fall back to defaults key by key", () => {
    expect(parsePreferences(null)).toEqual(defaultPreferences);
    expect(parsePreferences("{broken")).toEqual(defaultPreferences);
    expect(parsePreferences(JSON.stringify({ hints: false, mode: "nonsense" }))).toEqual({
      ...defaultPreferences,
      hints: false,
    });
  });

  it.each(samples)("the inline script applies the same state as the parser for %j", (stored) => {
    const prefs = parsePreferences(stored);
    const { attributes, style } = runScript(stored);
    expect(attributes).toEqual(preferenceAttributes(prefs));
    expect(style).toEqual(preferenceStyle(prefs));
  });

  it("steps text size within its bounds", () => {
    expect(step(fontScales, 1, 1)).toBe(1.125);
    expect(step(fontScales, 1.5, 1)).toBe(1.5);
    expect(step(fontScales, 0.875, -1)).toBe(0.875);
  });
});
