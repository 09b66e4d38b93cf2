"use client";

import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { indexDocument } from "@/lib/reader/places";
import type { ReaderDocument } from "@/lib/reader/types";
import type { Status } from "@/lib/vocab/model";
import { holdMark } from "../../_site/pendingMarks";
import { useVocabulary } from "../../_site/useVocabulary";
import { GlossHost } from "./GlossHost";
import type { ReaderLabels } from "./labels";
import { ReaderContext, type ReaderState } from "./ReaderContext";
import { RevealStyle } from "./RevealStyle";
import { ShortcutsDialog } from "./ShortcutsDialog";
import { speakSentences, stopSpeaking } from "./speech";
import { useDocumentData } from "./useDocumentData";
import { useWordActions, type Notice } from "./useWordActions";

/** Either the document itself (a text from the browser's storage) or where to fetch it (a built-in article). */
export type DocumentSource = { document: ReaderDocument } | { url: string };

const EMPTY = indexDocument({ version: 1, id: "", title: { is: "", en: "" }, glosses: [], paragraphs: [] });

/**
 * The reader's client side, once per page. A built-in article's text is already in the HTML, so
 * its data is not repeated there: it is fetched after load, or at the first reach for a word
 * (useDocumentData.ts). A stored text passes its document directly.
 */
export function ReaderProvider({ source, entryIds, labels, children }: { source: DocumentSource; entryIds: readonly string[]; labels: ReaderLabels; children: ReactNode }) {
  const given = "document" in source ? source.document : undefined;
  const url = "url" in source ? source.url : undefined;
  const vocabulary = useVocabulary();
  const [notice, setNotice] = useState<Notice | null>(null);
  const [revealed, setRevealed] = useState<ReadonlySet<string>>(new Set());
  const helpRef = useRef<HTMLDialogElement>(null);

  const announce = useCallback((text: string) => setNotice({ text }), []);
  const notify = useCallback((next: Notice) => setNotice(next), []);
  const unavailable = useCallback(() => announce(labels.gloss.unavailable), [announce, labels]);
  const fetched = useDocumentData(url, unavailable);
  const document = given ?? fetched.document;
  const requestDocument = fetched.request;
  const index = useMemo(() => (document ? indexDocument(document) : EMPTY), [document]);

  const { mark, unsave, addSentence } = useWordActions(document, vocabulary.store, labels, notify);

  // S or a status key pressed on a focused word before a built-in article's data has arrived
  // (the text is on the page, its glosses are not): written down and finished when the data is
  // there, even if the learner has left the page by then (_site/pendingMarks.ts).
  const markWhenLoaded = useCallback(
    (termId: string, status?: Status) => {
      if (url) holdMark(url, termId, status);
      requestDocument();
    },
    [url, requestDocument],
  );

  const listen = useCallback(
    (ids: readonly string[]) =>
      speakSentences(
        ids.flatMap((id) => {
          const sentence = index.sentences.get(id);
          return sentence ? [{ id, text: sentence.is }] : [];
        }),
        labels.speech,
        announce,
      ),
    [index, labels, announce],
  );
  const listenAll = useCallback(() => listen([...index.sentences.keys()]), [listen, index]);
  const toggleReveal = useCallback(
    (id: string) =>
      setRevealed((current) => {
        const next = new Set(current);
        if (!next.delete(id)) next.add(id);
        return next;
      }),
    [],
  );
  const openHelp = useCallback(() => helpRef.current?.showModal(), []);

  useEffect(() => stopSpeaking, []);
  useEffect(() => {
    if (!vocabulary.loaded) return;
    window.document.documentElement.classList.add("vocab-ready");
  }, [vocabulary.loaded]);
  const persistent = vocabulary.store?.persistent ?? true;
  const status = useMemo<Notice | null>(() => notice ?? (persistent ? null : { text: labels.vocab.notPersistent }), [notice, persistent, labels]);

  const state: ReaderState = useMemo(
    () => ({ document, requestDocument, entryIds, index, labels, vocabulary, status, announce, revealed, toggleReveal, listen, listenAll, openHelp, mark, markWhenLoaded, unsave, addSentence }),
    [document, requestDocument, entryIds, index, labels, vocabulary, status, announce, revealed, toggleReveal, listen, listenAll, openHelp, mark, markWhenLoaded, unsave, addSentence],
  );

  return (
    <ReaderContext.Provider value={state}>
      <GlossHost>{children}</GlossHost>
      <RevealStyle revealed={revealed} />
      <ShortcutsDialog ref={helpRef} labels={labels.shortcuts} />
    </ReaderContext.Provider>
  );
}
