import { PREFERENCES_KEY, defaultPreferences, fontScales, lineSpacings, readingModes, themes } from "./preferences";

/**
 * Source of the inline script that applies stored preferences to <html> before first paint.
 * It must run before any bundle loads, so it cannot import zod; it mirrors parsePreferences with
 * the same allowed values (a unit test runs both on the same inputs).
 */
export function preferencesScript(): string {
  const allowed = { mode: readingModes, theme: themes, fontScale: fontScales, lineSpacing: lineSpacings };
  return `(function(){try{var D=${JSON.stringify(defaultPreferences)},A=${JSON.stringify(allowed)},s={};
try{s=JSON.parse(localStorage.getItem(${JSON.stringify(PREFERENCES_KEY)})||"{}")||{};}catch(e){}
function p(k){var v=s[k];if(A[k])return A[k].indexOf(v)>=0?v:D[k];return typeof v==="boolean"?v:D[k];}
var h=document.documentElement;h.setAttribute("data-hints",p("hints")?"on":"off");
h.setAttribute("data-mode",p("mode"));h.setAttribute("data-theme",p("theme"));
h.style.setProperty("--reading-scale",String(p("fontScale")));h.style.setProperty("--reading-leading",String(p("lineSpacing")));
}catch(e){}})();`;
}
