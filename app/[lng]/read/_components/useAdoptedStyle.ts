"use client";

import { useEffect, useRef } from "react";

/**
 * A stylesheet the page builds at run time, adopted by the document rather than written into a
 * <style> element: the Content-Security-Policy (style-src 'self') refuses inline style elements,
 * and constructed stylesheets are not inline markup. One sheet per caller, replaced as `css` changes.
 */
export function useAdoptedStyle(css: string) {
  const sheet = useRef<CSSStyleSheet | null>(null);
  useEffect(() => {
    const own = new CSSStyleSheet();
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, own];
    sheet.current = own;
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== own);
      sheet.current = null;
    };
  }, []);
  useEffect(() => {
    sheet.current?.replaceSync(css);
  }, [css]);
}
