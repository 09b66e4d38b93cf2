"use client";

import { useState } from "react";
import { fill } from "@/lib/i18n/fill";
import type { AnalysisStamp } from "@/lib/reader/types";
import { analysisFreshness, type ServerAnalysis } from "@/lib/texts/analysis-freshness";
import type { ImportProgress } from "@/lib/texts/import-client";
import { refreshAnalysis, type RefreshFailure } from "@/lib/texts/refresh";
import { openVocabStore } from "@/lib/vocab/store-idb";

export interface RefreshMessages {
  help: string;
  button: string;
  starting: string;
  running: string;
  done: string;
  doneDropped: string;
  failed: Record<RefreshFailure, string>;
}

/** How many of the entries the text's words no longer point to the learner has saved. */
async function savedAmong(ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const store = await openVocabStore();
  try {
    const wanted = new Set(ids);
    return (await store.all()).filter((word) => wanted.has(word.id)).length;
  } finally {
    store.close();
  }
}

/**
 * Offers to analyse a finished stored text again when the server's analysis is newer than the one
 * that glossed it (lib/texts/analysis-freshness.ts; the reader asks the server), and runs the update here. The reader follows
 * the store, so the new glosses appear when the one write lands; until then the old text stays.
 */
export function RefreshAnalysis({ id, stamp, server, messages }: { id: string; stamp: AnalysisStamp | undefined; server: ServerAnalysis | undefined; messages: RefreshMessages }) {
  const [progress, setProgress] = useState<ImportProgress>();
  const [running, setRunning] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string }>();

  async function update() {
    setRunning(true);
    setResult(undefined);
    setProgress(undefined);
    const outcome = await refreshAnalysis(id, setProgress);
    if (outcome.kind === "done") {
      const count = await savedAmong(outcome.dropped).catch(() => 0);
      setResult({ ok: true, text: count > 0 ? fill(messages.doneDropped, { count }) : messages.done });
    } else {
      setResult({ ok: false, text: messages.failed[outcome.reason] });
    }
    setRunning(false);
  }

  const older = server !== undefined && analysisFreshness(stamp, server) === "older";
  if (!older && !running && !result) return null;
  return (
    <section className="notice refresh-analysis" aria-label={messages.button}>
      {older && !running && !result?.ok && <p>{messages.help}</p>}
      <p role="status" aria-live="polite">
        {running ? (progress ? fill(messages.running, { analysed: progress.analysed, total: progress.total }) : messages.starting) : result?.ok ? result.text : ""}
      </p>
      {result && !result.ok && <p role="alert">{result.text}</p>}
      {older && (
        <button type="button" className="switch primary" disabled={running} onClick={() => void update()}>
          {messages.button}
        </button>
      )}
    </section>
  );
}
