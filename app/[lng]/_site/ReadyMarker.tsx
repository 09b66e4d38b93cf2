"use client";

import { useEffect } from "react";
import { markHydrated } from "./ready";

/**
 * Marks <html data-ready> once the page's client islands are interactive and have the data they
 * need (see ready.ts). Buttons rendered on the server do nothing before that; end-to-end tests
 * wait for it, as a person would wait for a page to finish loading.
 */
export function ReadyMarker() {
  useEffect(() => {
    markHydrated();
  }, []);
  return null;
}
