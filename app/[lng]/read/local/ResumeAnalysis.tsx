"use client";

import { useState } from "react";
import { fill } from "@/lib/i18n/fill";
import type { ImportProgress } from "@/lib/texts/import-client";
import { resumeImport, type ResumeOutcome } from "@/lib/texts/import-resume";

export interface ResumeMessages {
  resumeHelp: string;
  resume: string;
  resuming: string;
  resumed: string;
  resumeFailed: Record<"network" | "busy" | "stopped" | "text-changed" | "no-source" | "storage", string>;
}


function failure(outcome: ResumeOutcome): keyof ResumeMessages["resumeFailed"] | undefined {
  switch (outcome.kind) {
    case "done":
      return undefined;
    case "stopped":
      return outcome.code === "text-changed" ? "text-changed" : "stopped";
    case "refused":
      return outcome.code === "invalid-input" ? "text-changed" : outcome.code === "forbidden-origin" || outcome.code === "unavailable" ? "network" : "busy";
    default:
      return outcome.kind;
  }
}

/**
 * Offers to finish an analysis that stopped before the end — the import's tab was closed, the
 * connection broke or the analyser gave up — and runs it here. The paragraphs fill in as they
 * are stored (the reader follows the store), so this shows only progress and the outcome.
 */
export function ResumeAnalysis({ id, pending, total, elsewhere, messages }: { id: string; pending: number; total: number; elsewhere: boolean; messages: ResumeMessages }) {
  const [progress, setProgress] = useState<ImportProgress>();
  const [running, setRunning] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string }>();

  async function finish() {
    setRunning(true);
    setResult(undefined);
    let last: ImportProgress | undefined;
    const outcome = await resumeImport(id, (next) => {
      last = next;
      setProgress(next);
    });
    setRunning(false);
    const problem = failure(outcome);
    const analysed = last?.analysed ?? total - pending;
    setResult(problem ? { ok: false, text: fill(messages.resumeFailed[problem], { analysed, total }) } : { ok: true, text: messages.resumed });
  }

  // Another tab (or the import page) is still analysing this text: its paragraphs say so.
  if ((pending === 0 || (elsewhere && !running)) && !result) return null;
  return (
    <section className="notice resume-analysis">
      {pending > 0 && !running && <p>{fill(messages.resumeHelp, { count: pending })}</p>}
      <p role="status" aria-live="polite">
        {running && progress ? fill(messages.resuming, { analysed: progress.analysed, total: progress.total }) : result?.ok ? result.text : ""}
      </p>
      {result && !result.ok && <p role="alert">{result.text}</p>}
      {pending > 0 && !(elsewhere && !running) && (
        <button type="button" className="switch primary" disabled={running} onClick={() => void finish()}>
          {messages.resume}
        </button>
      )}
    </section>
  );
}
