"use client";

import { fontScales, lineSpacings, readingModes, step, themes, type Preferences } from "@/lib/reader/preferences";
import { savePreferences, usePreferences } from "./usePreferences";

export interface ReadingSettingsLabels {
  title: string;
  mode: string;
  modes: Record<Preferences["mode"], string>;
  theme: string;
  themes: Record<Preferences["theme"], string>;
  textSize: string;
  smaller: string;
  larger: string;
  lineSpacing: string;
  lineSpacings: string[];
}

/** Reading mode, theme, text size and line spacing; saved like every preference. */
export function ReadingSettings({ labels }: { labels: ReadingSettingsLabels }) {
  const prefs = usePreferences();
  const update = (change: Partial<Preferences>) => savePreferences({ ...prefs, ...change });
  return (
    <details className="reading-settings">
      <summary>{labels.title}</summary>
      <div className="settings-body">
        <fieldset>
          <legend>{labels.mode}</legend>
          {readingModes.map((mode) => (
            <label key={mode}>
              <input type="radio" name="mode" checked={prefs.mode === mode} onChange={() => update({ mode })} />
              {labels.modes[mode]}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{labels.theme}</legend>
          {themes.map((theme) => (
            <label key={theme}>
              <input type="radio" name="theme" checked={prefs.theme === theme} onChange={() => update({ theme })} />
              {labels.themes[theme]}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{labels.textSize}</legend>
          <div className="stepper">
            <button
              type="button"
              onClick={() => update({ fontScale: step(fontScales, prefs.fontScale, -1) })}
              disabled={prefs.fontScale === fontScales[0]}
            >
              {labels.smaller}
            </button>
            <output aria-live="polite">{Math.round(prefs.fontScale * 100)}%</output>
            <button
              type="button"
              onClick={() => update({ fontScale: step(fontScales, prefs.fontScale, 1) })}
              disabled={prefs.fontScale === fontScales[fontScales.length - 1]}
            >
              {labels.larger}
            </button>
          </div>
        </fieldset>
        <label className="select-row">
          {labels.lineSpacing}
          <select
            value={String(prefs.lineSpacing)}
            onChange={(event) => update({ lineSpacing: Number(event.target.value) })}
          >
            {lineSpacings.map((value, index) => (
              <option key={value} value={String(value)}>
                {labels.lineSpacings[index] ?? String(value)}
              </option>
            ))}
          </select>
        </label>
      </div>
    </details>
  );
}
