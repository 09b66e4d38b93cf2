"use client";

import Link from "next/link";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { ReaderDocument } from "@/lib/reader/types";
import { fetchServerAnalysis, SERVER_ANSWER_WAIT_MS, withinMs, type ServerAnalysis } from "@/lib/texts/analysis-freshness";
import { onTextChange } from "@/lib/texts/changes";
import { mergeWithNext, splitRow } from "@/lib/texts/rows";
import { openTextStore, TextStoreError, type TextMeta } from "@/lib/texts/store-idb";
import { holdReady } from "../../_site/ready";
import type { ReaderLabels } from "../_components/labels";
import type { ReaderTextExtras } from "../_components/ReaderText";
import { ReaderView } from "../_components/ReaderView";
import { RefreshAnalysis, type RefreshMessages } from "./RefreshAnalysis";
import { ResumeAnalysis, type ResumeMessages } from "./ResumeAnalysis";
import { RowControls } from "./RowControls";
import { useImportRunning } from "./useImportRunning";

export interface LocalMessages extends ResumeMessages {
  loading: string;
  missing: string;
  invalid: string;
  unavailable: string;
  back: string;
  merge: string;
  split: string;
  merged: string;
  splitDone: string;
  failed: string;
  pending: string;
  stopped: string;
  noTranslation: string;
  refresh: RefreshMessages;
}

type Loaded = { state: "loading" } | { state: "ready"; id: string; document: ReaderDocument; meta: TextMeta | undefined } | { state: "missing" | "invalid" | "unavailable" };

async function load(id: string | null, touch: boolean): Promise<Loaded> {
  if (!id) return { state: "missing" };
  try {
    const store = await openTextStore();
    const result = await store.get(id);
    const meta = await store.meta(id);
    if (touch && result.status === "found") await store.touch(id).catch(() => undefined);
    store.close();
    return result.status === "found" ? { state: "ready", id, document: result.document, meta } : { state: result.status };
  } catch (error) {
    return { state: error instanceof TextStoreError && error.code !== "storage-unavailable" ? "invalid" : "unavailable" };
  }
}

/**
 * Reads ?id= in the browser, loads that document from IndexedDB, and renders it with the same
 * ReaderView. It follows changes to the stored text (BroadcastChannel), so a text opened while its
 * analysis runs fills in paragraph by paragraph; row fixes are written back to the store.
 */
export function LocalReader({ labels, messages, libraryHref }: { labels: ReaderLabels; messages: LocalMessages; libraryHref: string }) {
  const [loaded, setLoaded] = useState<Loaded>({ state: "loading" });
  // Read in the effect: during a client-side navigation the URL is updated only after the first render.
  const idRef = useRef<string | null>(null);
  const [notice, setNotice] = useState("");
  const [server, setServer] = useState<ServerAnalysis>();

  useEffect(() => {
    let cancelled = false;
    const release = holdReady();
    const textId = new URLSearchParams(window.location.search).get("id");
    idRef.current = textId;
    const serverAnswer = fetchServerAnalysis().then((answer) => {
      if (!cancelled) setServer(answer);
    });
    void load(textId, true)
      .then(async (result) => {
        // Known before the text shows, the update offer does not push the text down a moment later.
        await withinMs(serverAnswer, SERVER_ANSWER_WAIT_MS);
        if (cancelled) return;
        if (result.state === "ready") window.document.title = `${result.document.title.is} · Samhliða`;
        setLoaded(result);
      })
      .finally(release);
    const stop = onTextChange((changed) => {
      if (changed !== textId) return;
      void load(textId, false).then((result) => !cancelled && result.state === "ready" && setLoaded(result));
    });
    return () => {
      cancelled = true;
      stop();
      release();
    };
  }, []);

  /** The row whose fix the storage refused: it says so beside the row, not only to a screen reader. */
  const [failedRow, setFailedRow] = useState<string>();
  const fix = useCallback(
    async (rowId: string, change: (document: ReaderDocument) => ReaderDocument | undefined, done: string) => {
      const id = idRef.current;
      if (!id) return;
      let changed = false;
      try {
        const store = await openTextStore();
        try {
          changed = await store.update(id, change);
        } finally {
          store.close();
        }
      } catch {
        // changed stays false
      }
      setFailedRow(changed ? undefined : rowId);
      setNotice(changed ? done : messages.failed);
    },
    [messages],
  );

  const ready = loaded.state === "ready";
  useEffect(() => {
    // The text arrives after the browser looked for #p3.s2 (a saved word's sentence): look again.
    const hash = decodeURIComponent(window.location.hash.slice(1));
    if (ready && hash) window.document.getElementById(hash)?.scrollIntoView({ block: "center" });
  }, [ready]);

  const meta = loaded.state === "ready" ? loaded.meta : undefined;
  const document = loaded.state === "ready" ? loaded.document : undefined;
  const running = useImportRunning(loaded.state === "ready" ? loaded.id : null, meta) ?? meta?.state === "analysing";
  const extras: ReaderTextExtras = useMemo(() => {
    const pending = new Set(meta?.pending ?? []);
    const note = running ? messages.pending : messages.stopped;
    // Rows of a paragraph not analysed yet are not fixed: its analysis would replace them.
    const pendingSentences = new Set<string>(document?.paragraphs.flatMap((paragraph, i) => (pending.has(i) ? paragraph.sentences.map((sentence) => sentence.id) : [])));
    return {
      noTranslation: messages.noTranslation,
      paragraphNote: (index) => (pending.has(index) ? note : undefined),
      rowControls: (row, hasNext) => pendingSentences.has(row[0]?.id ?? "") ? null : (
        <RowControls
          row={row}
          hasNext={hasNext}
          labels={messages}
          problem={failedRow === row[0]?.id ? messages.failed : undefined}
          onMerge={(sentenceId) => void fix(sentenceId, (d) => mergeWithNext(d, sentenceId), messages.merged)}
          onSplit={(sentenceId) => void fix(sentenceId, (d) => splitRow(d, sentenceId), messages.splitDone)}
        />
      ),
    };
  }, [meta, document, running, messages, fix, failedRow]);

  if (loaded.state === "ready")
    return (
      <>
        <p role="status" aria-live="polite" className="visually-hidden">
          {notice}
        </p>
        {meta && (
          <ResumeAnalysis id={loaded.id} pending={meta.pending.length} total={loaded.document.paragraphs.length} elsewhere={running} messages={messages} />
        )}
        {(meta?.pending.length ?? 0) === 0 && <RefreshAnalysis id={loaded.id} stamp={loaded.document.analysis} server={server} messages={messages.refresh} />}
        <ReaderView document={loaded.document} labels={labels} extras={extras} />
      </>
    );
  if (loaded.state === "loading") return <p role="status">{messages.loading}</p>;
  return (
    <div role="alert" className="local-problem">
      <p>{messages[loaded.state]}</p>
      <p>
        <Link href={libraryHref}>{messages.back}</Link>
      </p>
    </div>
  );
}
