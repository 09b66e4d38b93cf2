"use client";

import { useEffect } from "react";

const OPEN = "term-wrap";
const MARGIN = 8;

/**
 * Enhances the CSS-only glosses: one delegated listener for the whole text (as Lute does) that
 * keeps an open gloss on screen, closes it on Escape, and takes terms out of the tab order while
 * hints are off. Renders nothing.
 */
export function GlossLayer() {
  useEffect(() => {
    const reader = document.querySelector(".reader");
    if (!reader) return;

    function wrapOf(target: EventTarget | null) {
      return target instanceof Element ? target.closest<HTMLElement>(`.${OPEN}`) : null;
    }

    function place(wrap: HTMLElement) {
      const gloss = wrap.querySelector<HTMLElement>(".gloss");
      if (!gloss) return;
      gloss.style.removeProperty("--gloss-shift");
      wrap.classList.remove("gloss-above");
      const rect = gloss.getBoundingClientRect();
      const viewport = document.documentElement.clientWidth;
      if (rect.right > viewport - MARGIN) {
        gloss.style.setProperty("--gloss-shift", `${Math.ceil(viewport - MARGIN - rect.right)}px`);
      } else if (rect.left < MARGIN) {
        gloss.style.setProperty("--gloss-shift", `${Math.ceil(MARGIN - rect.left)}px`);
      }
      const term = wrap.getBoundingClientRect();
      if (rect.bottom > window.innerHeight - MARGIN && term.top - rect.height - MARGIN > 0) {
        wrap.classList.add("gloss-above");
      }
    }

    /** Pointer and focus events bubble from every child; only crossing the wrap's edge counts. */
    function crossing(event: Event): HTMLElement | null {
      const wrap = wrapOf(event.target);
      if (!wrap || !(event instanceof MouseEvent || event instanceof FocusEvent)) return null;
      const other = event.relatedTarget;
      return other instanceof Node && wrap.contains(other) ? null : wrap;
    }

    function open(event: Event) {
      const wrap = crossing(event);
      if (!wrap) return;
      wrap.removeAttribute("data-dismissed");
      place(wrap);
    }

    function close(event: Event) {
      crossing(event)?.removeAttribute("data-dismissed");
    }

    function onKeyDown(event: Event) {
      if (!(event instanceof KeyboardEvent) || event.key !== "Escape") return;
      const wrap = wrapOf(document.activeElement) ?? reader?.querySelector<HTMLElement>(`.${OPEN}:hover`);
      wrap?.setAttribute("data-dismissed", "");
    }

    function syncTabOrder() {
      const hintsOn = document.documentElement.getAttribute("data-hints") !== "off";
      for (const term of document.querySelectorAll<HTMLElement>(".term")) {
        term.tabIndex = hintsOn ? 0 : -1;
      }
    }

    syncTabOrder();
    // The hints switch writes data-hints on <html>; follow it, whoever changed it.
    const hintsObserver = new MutationObserver(syncTabOrder);
    hintsObserver.observe(document.documentElement, { attributes: true, attributeFilter: ["data-hints"] });
    reader.addEventListener("mouseover", open);
    reader.addEventListener("focusin", open);
    reader.addEventListener("mouseout", close);
    reader.addEventListener("focusout", close);
    document.addEventListener("keydown", onKeyDown);
    return () => {
      reader.removeEventListener("mouseover", open);
      reader.removeEventListener("focusin", open);
      reader.removeEventListener("mouseout", close);
      reader.removeEventListener("focusout", close);
      document.removeEventListener("keydown", onKeyDown);
      hintsObserver.disconnect();
    };
  }, []);
  return null;
}
