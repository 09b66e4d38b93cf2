"use client";

import { useEffect } from "react";

/**
 * Marks <html data-ready> once the page's client islands are interactive. Buttons rendered on
 * the server do nothing before that; end-to-end tests wait for it, as a person would wait for
 * a page to finish loading.
 */
export function ReadyMarker() {
  useEffect(() => {
    document.documentElement.dataset.ready = "true";
  }, []);
  return null;
}
