"use client";

import { useCallback, useEffect, useState } from "react";
import { fill } from "@/lib/i18n/fill";
import { analysisFreshness, fetchServerAnalysis, SERVER_ANSWER_WAIT_MS, withinMs, type ServerAnalysis } from "@/lib/texts/analysis-freshness";
import { countLemmas } from "@/lib/vocab/counts";
import { onTextChange } from "@/lib/texts/changes";
import { storedTextHref } from "@/lib/texts/links";
import { openTextStore, type TextListing } from "@/lib/texts/store-idb";
import { holdReady } from "../_site/ready";
import { useVocabulary } from "../_site/useVocabulary";
import { StoredTextCard } from "./StoredTextCard";

export interface LibraryLabels {
  yours: string;
  none: string;
  words: string;
  counts: string;
  lastOpened: string;
  neverOpened: string;
  analysing: string;
  stopped: string;
  rename: string;
  renameLabel: string;
  renameSave: string;
  renameCancel: string;
  delete: string;
  deleted: string;
  undo: string;
  restored: string;
  storageProblem: string;
  changeFailed: string;
  newerAnalysis: string;
}

async function listTexts(): Promise<TextListing[] | undefined> {
  try {
    const store = await openTextStore();
    const list = await store.list();
    store.close();
    return list.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  } catch {
    return undefined;
  }
}


/** The learner's own texts, from IndexedDB, newest first; live across tabs and while an import runs. */
export function StoredTexts({ lng, labels }: { lng: string; labels: LibraryLabels }) {
  const [texts, setTexts] = useState<TextListing[]>();
  const [problem, setProblem] = useState(false);
  const [message, setMessage] = useState("");
  const [undo, setUndo] = useState<{ row: unknown; title: string }>();
  const { byId, loaded } = useVocabulary();
  const [server, setServer] = useState<ServerAnalysis>();
  const anyDone = texts?.some((text) => text.meta?.state === "done") ?? false;
  useEffect(() => {
    // Asked once, and only when there is a finished text whose analysis could be older.
    if (!anyDone || server) return;
    let current = true;
    void fetchServerAnalysis().then((answer) => current && setServer(answer));
    return () => {
      current = false;
    };
  }, [anyDone, server]);

  const reload = useCallback(
    () =>
      listTexts().then((list) => {
        setProblem(list === undefined);
        setTexts(list ?? []);
      }),
    [],
  );

  useEffect(() => {
    const release = holdReady();
    // On the first listing the server's analysis is asked for before the cards show, so the
    // "newer analysis" notes are there at once instead of pushing the cards down under the pointer.
    void listTexts()
      .then(async (list) => {
        if (list?.some((text) => text.meta?.state === "done")) {
          const answer = await withinMs(fetchServerAnalysis(), SERVER_ANSWER_WAIT_MS);
          if (answer) setServer(answer);
        }
        setProblem(list === undefined);
        setTexts(list ?? []);
      })
      .finally(release);
    const stop = onTextChange(() => void reload());
    return () => {
      stop();
      release();
    };
  }, [reload]);

  /** Runs a change; false (and a message saying nothing was changed) when the storage refused it. */
  async function act(work: (store: Awaited<ReturnType<typeof openTextStore>>) => Promise<void>): Promise<boolean> {
    let ok = true;
    try {
      const store = await openTextStore();
      try {
        await work(store);
      } finally {
        store.close();
      }
    } catch {
      ok = false;
      setMessage(labels.changeFailed);
    }
    await reload();
    return ok;
  }

  const date = (iso: string) => new Date(iso).toLocaleString(lng, { dateStyle: "medium", timeStyle: "short" });
  return (
    <section className="stored-texts" aria-labelledby="stored-texts-title">
      <h2 id="stored-texts-title">{labels.yours}</h2>
      <p role="status" aria-live="polite" className="vocab-message">
        {message}
        {undo && (
          <>
            {" "}
            <button
              type="button"
              className="link-button"
              onClick={() => {
                const { row, title } = undo;
                // Undo stays on offer until the text is really back.
                void act((store) => store.restoreRow(row)).then((ok) => {
                  if (!ok) return;
                  setUndo((current) => (current?.row === row ? undefined : current));
                  setMessage(fill(labels.restored, { title }));
                });
              }}
            >
              {labels.undo}
            </button>
          </>
        )}
      </p>
      {problem && <p className="notice">{labels.storageProblem}</p>}
      {texts && texts.length === 0 && !problem && <p>{labels.none}</p>}
      {/* While the list loads, its line is kept, so "no texts yet" appearing moves nothing below it. */}
      {!texts && !problem && <p aria-hidden="true">{"\u00a0"}</p>}
      <ul className="card-list">
        {texts?.map((text) => {
          const counts = loaded && text.meta ? countLemmas(text.meta.summary.entries, byId) : undefined;
          return (
            <StoredTextCard
              key={text.id}
              href={storedTextHref(lng, text.id)}
              title={text.title}
              details={[
                text.meta ? fill(labels.words, { count: text.meta.summary.words.toLocaleString(lng) }) : "",
                counts ? fill(labels.counts, counts) : "",
                text.meta?.lastOpened ? fill(labels.lastOpened, { date: date(text.meta.lastOpened) }) : labels.neverOpened,
                text.meta?.state === "analysing" ? labels.analysing : text.meta?.state === "failed" ? labels.stopped : "",
                text.meta?.state === "done" && server && analysisFreshness(text.analysis, server) === "older" ? labels.newerAnalysis : "",
              ].filter(Boolean)}
              labels={labels}
              onRename={(title) => act((store) => store.update(text.id, (d) => ({ ...d, title: { ...d.title, is: title } })).then(() => undefined))}
              onDelete={() =>
                void act(async (store) => {
                  const row = await store.row(text.id);
                  await store.delete(text.id);
                  setUndo({ row, title: text.title });
                  setMessage(fill(labels.deleted, { title: text.title }));
                })
              }
            />
          );
        })}
      </ul>
    </section>
  );
}
