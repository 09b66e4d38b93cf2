"use client";

import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { isReaderDocument } from "@/lib/reader/check";
import { indexDocument, type TokenPlace } from "@/lib/reader/places";
import type { ReaderDocument } from "@/lib/reader/types";
import { VocabError } from "@/lib/vocab/errors";
import type { Status } from "@/lib/vocab/model";
import { saveWord, setStatus } from "@/lib/vocab/save";
import { holdReady } from "../../_site/ready";
import { useVocabulary } from "../../_site/useVocabulary";
import { GlossHost } from "./GlossHost";
import type { ReaderLabels } from "./labels";
import { ReaderContext, type ReaderState } from "./ReaderContext";
import { RevealStyle } from "./RevealStyle";
import { ShortcutsDialog } from "./ShortcutsDialog";
import { speakSentences, stopSpeaking } from "./speech";

/** Either the document itself (a text from the browser's storage) or where to fetch it (a built-in article). */
export type DocumentSource = { document: ReaderDocument } | { url: string };

const EMPTY = indexDocument({ version: 1, id: "", title: { is: "", en: "" }, glosses: [], paragraphs: [] });

/**
 * The reader's client side, once per page. A built-in article's text is already in the HTML, so
 * its data is not repeated there: the document is fetched once from a static JSON file and checked
 * (lib/reader/check.ts) as it crosses that boundary. A stored text passes its document directly.
 */
export function ReaderProvider({ source, labels, children }: { source: DocumentSource; labels: ReaderLabels; children: ReactNode }) {
  const given = "document" in source ? source.document : undefined;
  const url = "url" in source ? source.url : undefined;
  const [fetched, setFetched] = useState<ReaderDocument>();
  const document = given ?? fetched;
  const index = useMemo(() => (document ? indexDocument(document) : EMPTY), [document]);
  const vocabulary = useVocabulary();
  const [status, setStatusLine] = useState("");
  const [revealed, setRevealed] = useState<ReadonlySet<string>>(new Set());
  const helpRef = useRef<HTMLDialogElement>(null);

  const announce = useCallback((text: string) => setStatusLine(text), []);

  useEffect(() => {
    if (!url) return;
    let cancelled = false;
    const release = holdReady();
    fetch(url)
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))))
      .then((value: unknown) => {
        if (cancelled) return;
        if (isReaderDocument(value)) setFetched(value);
        else announce(labels.gloss.unavailable);
      })
      .catch(() => !cancelled && announce(labels.gloss.unavailable))
      .finally(release);
    return () => {
      cancelled = true;
      release();
    };
  }, [url, labels, announce]);

  const mark = useCallback(
    (place: TokenPlace, next?: Status) => {
      const token = place.sentence.tokens[place.tokenIndex];
      const entry = token?.gloss === undefined ? undefined : document?.glosses[token.gloss];
      const store = vocabulary.store;
      if (!document || !entry || !token || !store) return;
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
  const statusLine = status || (vocabulary.store && !vocabulary.store.persistent ? labels.vocab.notPersistent : "");

  const state: ReaderState = useMemo(
    () => ({ document, index, labels, vocabulary, status: statusLine, announce, revealed, toggleReveal, listen, listenAll, openHelp, mark }),
    [document, index, labels, vocabulary, statusLine, announce, revealed, toggleReveal, listen, listenAll, openHelp, mark],
  );

  return (
    <ReaderContext.Provider value={state}>
      <GlossHost>{children}</GlossHost>
      <RevealStyle revealed={revealed} />
      <ShortcutsDialog ref={helpRef} labels={labels.shortcuts} />
    </ReaderContext.Provider>
  );
}
