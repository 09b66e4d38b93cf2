"use client";

import { useLayoutEffect } from "react";

/**
 * A generated stylesheet, applied as a constructed sheet (document.adoptedStyleSheets). The
 * Content-Security-Policy has no 'unsafe-inline' for styles, which blocks a rendered <style>
 * element but not the CSS object model, so the reader's generated rules go this way.
 */
export function useSheet(css: string) {
  useLayoutEffect(() => {
    if (!css) return;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((other) => other !== sheet);
    };
  }, [css]);
}
