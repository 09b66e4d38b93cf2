import { PREFERENCES_KEY, allowedValues, defaultPreferences } from "./preferences";

/**
 * Source of the inline script that applies stored preferences to <html> before first paint.
 * It must run before any bundle loads, so it is plain inline JavaScript; it mirrors
 * parsePreferences with the same allowed values (a unit test runs both on the same inputs).
 */
export function preferencesScript(): string {
  return `(function(){try{var D=${JSON.stringify(defaultPreferences)},A=${JSON.stringify(allowedValues)},s={};
try{s=JSON.parse(localStorage.getItem(${JSON.stringify(PREFERENCES_KEY)})||"{}")||{};}catch(e){}
function p(k){var v=s[k];if(A[k])return A[k].indexOf(v)>=0?v:D[k];return typeof v==="boolean"?v:D[k];}
var h=document.documentElement;h.setAttribute("data-hints",p("hints")?"on":"off");
h.setAttribute("data-mode",p("mode"));h.setAttribute("data-theme",p("theme"));
h.style.setProperty("--reading-scale",String(p("fontScale")));h.style.setProperty("--reading-leading",String(p("lineSpacing")));
}catch(e){}})();`;
}
