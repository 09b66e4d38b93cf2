"use client";

import { lazy, Suspense, useEffect, useRef, useState, type FocusEvent, type MouseEvent, type ReactNode } from "react";
import { afterLoadIdle } from "../../_site/idle";
import { savePreferences, usePreferences } from "../../_site/usePreferences";
import { useTouchScreen } from "./GlossSheet";
import { GLOSS_ID, useReader } from "./ReaderContext";
import { stopSpeaking } from "./speech";
import { StatusStyle } from "./StatusStyle";
import { useReaderKeys } from "./useReaderKeys";

/** The gloss layer's code is not needed to show the page: it loads after load (or on the first reach for a word). */
const loadPopup = () => import("./GlossPopup");
const GlossPopup = lazy(() => loadPopup().then((module) => ({ default: module.GlossPopup })));

/** Time for the pointer to travel from a word to its gloss before the gloss closes. */
const CLOSE_DELAY_MS = 150;

/**
 * The article element with one set of delegated listeners for the whole text, and the one gloss
 * layer. Its state is which word's gloss is open; when that changes only this component and the
 * popup render again: the text arrives as children and is left as it is.
 */
export function GlossHost({ children }: { children: ReactNode }) {
  const { document, requestDocument, entryIds, index, labels, vocabulary, mark, markWhenLoaded, unsave, addSentence, toggleReveal, listen, listenAll, openHelp } = useReader();
  const touch = useTouchScreen();
  const prefs = usePreferences();
  const [hovered, setHovered] = useState<string | null>(null);
  const [focused, setFocused] = useState<string | null>(null);
  const [dismissed, setDismissed] = useState(false);
  const popupRef = useRef<HTMLDivElement>(null);
  const closeTimer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const active = prefs.hints && !dismissed ? (hovered ?? focused) : null;
  const place = active ? index.places.get(active) : undefined;

  useReaderKeys({
    index,
    toggleReveal,
    toggleHints: () => savePreferences({ ...prefs, hints: !prefs.hints }),
    listen,
    listenAll,
    stop: stopSpeaking,
    openHelp,
    closeGloss: () => {
      // Escape inside the gloss (its dictionary links) returns to the word rather than to nothing.
      if (active && popupRef.current?.contains(window.document.activeElement)) window.document.getElementById(active)?.focus();
      setDismissed(true);
    },
    mark,
    loaded: Boolean(document),
    markWhenLoaded,
  });

  useEffect(() => afterLoadIdle(() => void loadPopup()), []);
  /** A word is being reached for: fetch what its gloss needs now, not when the browser is idle. */
  function reach() {
    requestDocument();
    void loadPopup();
  }

  // Screen readers hear the open gloss as the word's description.
  useEffect(() => {
    const term = active && place ? window.document.getElementById(active) : null;
    term?.setAttribute("aria-describedby", GLOSS_ID);
    return () => term?.removeAttribute("aria-describedby");
  }, [active, place]);

  // The plain "lemma: meaning" titles are for reading without JavaScript; the gloss layer replaces them.
  const articleRef = useRef<HTMLElement>(null);
  useEffect(() => {
    for (const term of articleRef.current?.querySelectorAll(".term[title]") ?? []) term.removeAttribute("title");
  }, []);

  // With hints off, words leave the tab order (and come back when hints return). A sentence's
  // words are markup React replaces whole when the sentence changes (an alignment fix), which
  // puts them back in the tab order: with hints off this runs again for every new document.
  const hintsWere = useRef(true);
  useEffect(() => {
    if ((prefs.hints && hintsWere.current) || index.terms.length === 0) return;
    hintsWere.current = prefs.hints;
    for (const id of index.terms) {
      const term = window.document.getElementById(id);
      if (term) term.tabIndex = prefs.hints ? 0 : -1;
    }
  }, [prefs.hints, index]);

  // A word's element id is its token's id. A gloss opened before a built-in article's data has
  // arrived shows as soon as it does.
  const termOf = (target: EventTarget | null) => (target instanceof Element ? target.closest(".term")?.id : undefined) || undefined;
  const inGloss = (target: EventTarget | null) => target instanceof Node && Boolean(popupRef.current?.contains(target));

  // On a touch screen a word opens by a tap (its focus), never by hover: Chromium follows a tap
  // with mouse events at the finger's place, and when the page moved (the sheet closing gives
  // back its room) that "mouse" came to rest over another word, opened its gloss, and kept the
  // next tapped word from opening (e2e/phone.spec.ts).
  function onMouseOver(event: MouseEvent) {
    if (touch) return;
    const term = termOf(event.target);
    if (term) reach();
    if (term || inGloss(event.target)) clearTimeout(closeTimer.current);
    if (term && term !== hovered) {
      setHovered(term);
      setDismissed(false);
    }
  }
  function onMouseOut(event: MouseEvent) {
    if (touch) return;
    const from = termOf(event.target);
    if (!from && !inGloss(event.target)) return;
    const to = event.relatedTarget;
    if (inGloss(to) || (from && termOf(to) === from)) return;
    clearTimeout(closeTimer.current);
    closeTimer.current = setTimeout(() => setHovered(null), CLOSE_DELAY_MS);
  }
  function onFocus(event: FocusEvent) {
    const term = termOf(event.target);
    if (!term) return;
    reach();
    setFocused(term);
    setDismissed(false);
  }
  /** A tap or click on the word whose gloss was closed by Escape opens it again: it kept the focus, so no focus event comes. */
  function onClick(event: MouseEvent) {
    const term = termOf(event.target);
    if (!term) return;
    setFocused(term);
    setDismissed(false);
  }
  function onBlur(event: FocusEvent) {
    const term = termOf(event.target);
    if (term && !inGloss(event.relatedTarget)) setFocused((current) => (current === term ? null : current));
  }

  // The sheet keeps room for itself below the text only while it is open.
  const sheetOpen = touch && Boolean(active && place && document);
  useEffect(() => {
    if (!sheetOpen) window.document.documentElement.style.removeProperty("--sheet-space");
  }, [sheetOpen]);

  /** Closes the gloss for good: the word loses focus, so tapping it again opens it again. */
  function close() {
    setHovered(null);
    setFocused(null);
    const focusedTerm = window.document.activeElement;
    if (focusedTerm instanceof HTMLElement && focusedTerm.classList.contains("term")) focusedTerm.blur();
  }
  function step(direction: 1 | -1) {
    if (!active) return;
    const next = index.terms[index.terms.indexOf(active) + direction];
    const element = next ? window.document.getElementById(next) : null;
    if (!element) return;
    setHovered(null);
    setDismissed(false);
    element.focus({ preventScroll: true });
  }

  const token = place?.sentence.tokens[place.tokenIndex];
  const entryId = token?.gloss === undefined ? undefined : document?.glosses[token.gloss]?.id;
  return (
    <article ref={articleRef} className="reader" aria-labelledby="article-title" onPointerEnter={reach} onMouseOver={onMouseOver} onMouseOut={onMouseOut} onFocus={onFocus} onBlur={onBlur} onClick={onClick}>
      {children}
      {active && place && document && (
        <Suspense>
          <GlossPopup
          termId={active}
          place={place}
          document={document}
          labels={labels}
          saved={vocabulary.loaded ? (entryId ? vocabulary.byId.get(entryId) : undefined) : null}
          onMark={(next) => mark(place, next)}
          onUnsave={() => unsave(place)}
          onAddSentence={() => addSentence(place)}
          sheet={touch ? { onStep: step, onClose: close } : null}
          popupRef={popupRef}
          mayScroll={!hovered || window.matchMedia("(hover: none)").matches}
          />
        </Suspense>
      )}
      <StatusStyle entryIds={entryIds} words={vocabulary.byId} />
    </article>
  );
}
