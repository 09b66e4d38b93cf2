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
        <Choice legend={labels.mode} name="mode" options={readingModes} labels={labels.modes} value={prefs.mode} onChange={(mode) => update({ mode })} />
        <Choice legend={labels.theme} name="theme" options={themes} labels={labels.themes} value={prefs.theme} onChange={(theme) => update({ theme })} />
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

interface ChoiceProps<T extends string> {
  legend: string;
  name: string;
  options: readonly T[];
  labels: Record<T, string>;
  value: T;
  onChange: (value: T) => void;
}

function Choice<T extends string>({ legend, name, options, labels, value, onChange }: ChoiceProps<T>) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option}>
          <input type="radio" name={name} checked={value === option} onChange={() => onChange(option)} />
          {labels[option]}
        </label>
      ))}
    </fieldset>
  );
}
