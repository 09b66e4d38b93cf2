import { PREFERENCES_KEY, defaultPreferences } from "@/lib/reader/preferences";

/**
 * Applies stored reading preferences to <html> before first paint, so a reload never shows hints
 * or the English column in the wrong state. Kept tiny and dependency-free because it is inlined
 * into every page; the full parser lives in lib/reader/preferences.ts.
 */
const script = `(function(){try{var d=${JSON.stringify(defaultPreferences)};var s=JSON.parse(localStorage.getItem(${JSON.stringify(
  PREFERENCES_KEY,
)})||"{}");var h=document.documentElement;h.setAttribute("data-hints",s.hints===false?"off":d.hints?"on":"off");h.setAttribute("data-english",s.english===false?"hidden":"shown");}catch(e){}})();`;

export function PreferencesScript() {
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}
