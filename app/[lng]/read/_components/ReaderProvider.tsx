"use client";

import { useCallback, useEffect, useMemo, useRef, useState, type MouseEvent, type FocusEvent, type ReactNode } from "react";
import { indexDocument, type TokenPlace } from "@/lib/reader/places";
import type { ReaderDocument } from "@/lib/reader/types";
import { VocabError } from "@/lib/vocab/errors";
import type { Status } from "@/lib/vocab/model";
import { saveWord, setStatus } from "@/lib/vocab/save";
import { savePreferences, usePreferences } from "../../_site/usePreferences";
import { useVocabulary } from "../../_site/useVocabulary";
import { GLOSS_ID, GlossPopup } from "./GlossPopup";
import type { ReaderLabels } from "./labels";
import { ReaderContext, type ReaderState } from "./ReaderContext";
import { ShortcutsDialog } from "./ShortcutsDialog";
import { speakSentences, stopSpeaking } from "./speech";
import { StatusStyle } from "./StatusStyle";
import { useReaderKeys } from "./useReaderKeys";

/** Time for the pointer to travel from a word to its gloss before the gloss closes. */
const CLOSE_DELAY_MS = 150;

/**
 * The reader's client side, once per page: it holds the document (received as a prop), the
 * learner's words and the open gloss, and listens for the whole text with delegated handlers
 * (one set of listeners, however long the text). The text itself arrives as children, rendered
 * on the server for built-in articles.
 */
export function ReaderProvider({ document, labels, children }: { document: ReaderDocument; labels: ReaderLabels; children: ReactNode }) {
  const index = useMemo(() => indexDocument(document), [document]);
  const vocabulary = useVocabulary();
  const prefs = usePreferences();
  const [status, setStatusLine] = useState("");
  const [revealed, setRevealed] = useState<ReadonlySet<string>>(new Set());
  const [hovered, setHovered] = useState<string | null>(null);
  const [focused, setFocused] = useState<string | null>(null);
  const [dismissed, setDismissed] = useState(false);
  const helpRef = useRef<HTMLDialogElement>(null);
  const popupRef = useRef<HTMLDivElement>(null);
  const closeTimer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const active = prefs.hints && !dismissed ? (hovered ?? focused) : null;
  const activePlace = active ? index.places.get(active) : undefined;

  const announce = useCallback((text: string) => setStatusLine(text), []);
  const mark = useCallback(
    (place: TokenPlace, next?: Status) => {
      const token = place.sentence.tokens[place.tokenIndex];
      const entry = token?.gloss === undefined ? undefined : document.glosses[token.gloss];
      const store = vocabulary.store;
      if (!entry || !token || !store) return;
      const now = new Date();
      const input = {
        entryId: entry.id,
        lemma: entry.lemma,
        pos: entry.pos,
        meaning: entry.meanings[0]?.text ?? "",
        form: place.sentence.is.slice(token.start, token.end),
        context: { slug: document.id, title: document.title.is, sentenceId: place.sentence.id, is: place.sentence.is, en: place.sentence.en },
      };
      store
        .update(entry.id, (word) => {
          const saved = saveWord(word, input, now);
          return next ? setStatus(saved, next, now) : saved;
        })
        .catch((error: unknown) => announce(labels.vocab.errors[error instanceof VocabError ? error.code : "storage-failed"] ?? ""));
    },
    [document, vocabulary.store, labels, announce],
  );

  const speech = { noVoice: labels.speech.noVoice, unsupported: labels.speech.unsupported };
  const listen = (ids: readonly string[]) =>
    speakSentences(ids.flatMap((id) => { const s = index.sentences.get(id); return s ? [{ id, text: s.is }] : []; }), speech, announce);
  const listenAll = () => listen([...index.sentences.keys()]);
  const toggleReveal = (id: string) =>
    setRevealed((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const openHelp = () => helpRef.current?.showModal();

  useReaderKeys({
    index,
    toggleReveal,
    toggleHints: () => savePreferences({ ...prefs, hints: !prefs.hints }),
    listen,
    listenAll,
    stop: stopSpeaking,
    openHelp,
    closeGloss: () => setDismissed(true),
    mark,
  });

  useEffect(() => stopSpeaking, []);

  // Screen readers hear the open gloss as the word's description.
  useEffect(() => {
    const term = active ? window.document.getElementById(active) : null;
    term?.setAttribute("aria-describedby", GLOSS_ID);
    return () => term?.removeAttribute("aria-describedby");
  }, [active, activePlace]);

  // With hints off, words leave the tab order (and come back when hints return).
  const hintsWere = useRef(true);
  useEffect(() => {
    if (hintsWere.current === prefs.hints) return;
    hintsWere.current = prefs.hints;
    for (const id of index.terms) {
      const term = window.document.getElementById(id);
      if (term) term.tabIndex = prefs.hints ? 0 : -1;
    }
  }, [prefs.hints, index]);

  useEffect(() => {
    if (!vocabulary.loaded) return;
    window.document.documentElement.classList.add("vocab-ready");
    if (vocabulary.store && !vocabulary.store.persistent) announce(labels.vocab.notPersistent);
  }, [vocabulary.loaded, vocabulary.store, labels, announce]);

  const termOf = (target: EventTarget | null) => {
    const id = target instanceof Element ? target.closest(".term")?.id : undefined;
    return id && index.places.has(id) ? id : undefined;
  };
  const inGloss = (target: EventTarget | null) => target instanceof Node && Boolean(popupRef.current?.contains(target));

  function onMouseOver(event: MouseEvent) {
    const term = termOf(event.target);
    if (term || inGloss(event.target)) clearTimeout(closeTimer.current);
    if (term && term !== hovered) {
      setHovered(term);
      setDismissed(false);
    }
  }
  function onMouseOut(event: MouseEvent) {
    if (!termOf(event.target) && !inGloss(event.target)) return;
    const to = event.relatedTarget;
    if (inGloss(to) || (termOf(to) && termOf(to) === termOf(event.target))) return;
    clearTimeout(closeTimer.current);
    closeTimer.current = setTimeout(() => setHovered(null), CLOSE_DELAY_MS);
  }
  function onFocus(event: FocusEvent) {
    const term = termOf(event.target);
    if (!term) return;
    setFocused(term);
    setDismissed(false);
  }
  function onBlur(event: FocusEvent) {
    const term = termOf(event.target);
    if (term && !inGloss(event.relatedTarget)) setFocused((current) => (current === term ? null : current));
  }

  const state: ReaderState = {
    document,
    labels,
    vocabulary,
    sentences: index.sentences,
    status,
    announce,
    revealed,
    toggleReveal,
    listen,
    listenAll,
    stop: stopSpeaking,
    openHelp,
    mark,
  };
  const entryId = (() => {
    const token = activePlace?.sentence.tokens[activePlace.tokenIndex];
    return token?.gloss === undefined ? undefined : document.glosses[token.gloss]?.id;
  })();

  return (
    <ReaderContext.Provider value={state}>
      <article className="reader" aria-labelledby="article-title" onMouseOver={onMouseOver} onMouseOut={onMouseOut} onFocus={onFocus} onBlur={onBlur}>
        {children}
        {active && activePlace && (
          <GlossPopup
            termId={active}
            place={activePlace}
            document={document}
            labels={labels}
            saved={vocabulary.loaded ? (entryId ? vocabulary.byId.get(entryId) : undefined) : null}
            onMark={(next) => mark(activePlace, next)}
            popupRef={popupRef}
          />
        )}
        <StatusStyle glosses={document.glosses} words={vocabulary.byId} />
        <ShortcutsDialog ref={helpRef} labels={labels.shortcuts} />
      </article>
    </ReaderContext.Provider>
  );
}
