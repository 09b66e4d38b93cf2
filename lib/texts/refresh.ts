import { documentProblem } from "../reader/check";
import type { ReaderDocument } from "../reader/types";
import { runImport, type ImportProgress, type ImportSink } from "./import-client";
import { withImportLock } from "./import-lock";
import { droppedEntries, mergeRefreshed, refreshRequest, wouldDowngrade } from "./refresh-merge";
import { openTextStore, TextStoreError } from "./store-idb";

/**
 * Updates a stored text's analysis through the same POST /api/import as a new import, without
 * ever putting the stored text at risk: the new document is built in memory, and only once it is
 * complete and checked is it written over the old one, in one transaction that keeps the
 * learner's id, title and English (lib/texts/refresh-merge.ts). Offline, a refusal, a stream that
 * breaks, a closed tab: nothing was written, and the text is as it was.
 */
export type RefreshFailure =
  /** The request did not reach the server (offline, connection refused). */
  | "network"
  /** The server answered with an error of its own (5xx) or refused the request's origin. */
  | "server"
  /** The server refused for now: busy, rate-limited. */
  | "busy"
  /** The analysis stopped before the end (worker busy, timed out, connection broke). */
  | "stopped"
  /** The server would analyse it with lemmas only: the stored text is better. */
  | "unavailable"
  /** The server refused the text itself (it no longer passes the import's checks). */
  | "refused"
  /** Its first import has not finished: "Finish the analysis" is the way on. */
  | "pending"
  /** The text was deleted meanwhile, or cannot be read. */
  | "missing"
  | "storage";

export type RefreshOutcome = { kind: "done"; id: string; dropped: string[] } | { kind: "failed"; reason: RefreshFailure };

/** An ImportSink that keeps the growing document in memory instead of the learner's store. */
function memorySink(): ImportSink & { document(): ReaderDocument | undefined } {
  let document: ReaderDocument | undefined;
  return {
    document: () => document,
    create: async (started) => {
      document = started;
    },
    update: async (_id, change) => {
      if (!document) return false;
      document = change(document);
      return true;
    },
  };
}

export async function refreshAnalysis(id: string, onProgress?: (progress: ImportProgress) => void, send: typeof fetch = fetch): Promise<RefreshOutcome> {
  const failed = (reason: RefreshFailure): RefreshOutcome => ({ kind: "failed", reason });
  try {
    const store = await openTextStore();
    try {
      // Under the import lock: never while this text's import or a resume runs in another tab.
      return await withImportLock(id, async (): Promise<RefreshOutcome> => {
        const loaded = await store.get(id);
        if (loaded.status !== "found") return failed("missing");
        const meta = await store.meta(id);
        if (meta && meta.pending.length > 0) return failed("pending");
        const request = refreshRequest(loaded.document, await store.source(id));
        const sink = memorySink();
        const outcome = await runImport({ request, id, sink, fetch: send, ...(onProgress && { onProgress }) });
        switch (outcome.kind) {
          case "done":
            break;
          case "network":
            return failed("network");
          case "stopped":
            return failed("stopped");
          case "storage":
            return failed("storage");
          case "refused":
            return failed(outcome.code === "invalid-input" || outcome.code === "too-large" ? "refused" : outcome.code === "busy" || outcome.code === "rate-limited" ? "busy" : "server");
        }
        const fresh = sink.document();
        if (!fresh || documentProblem(fresh)) return failed("stopped");
        let dropped: string[] = [];
        let downgrade = false;
        const written = await store.update(
          id,
          (current) => {
            if (wouldDowngrade(current, fresh)) {
              downgrade = true;
              return undefined;
            }
            const next = mergeRefreshed(current, fresh);
            if (documentProblem(next)) return undefined;
            dropped = droppedEntries(current, next);
            return next;
          },
          { state: "done", pending: [] },
        );
        if (downgrade) return failed("unavailable");
        return written ? { kind: "done", id, dropped } : failed("missing");
      });
    } finally {
      store.close();
    }
  } catch (error) {
    return failed(error instanceof TextStoreError ? "storage" : "network");
  }
}
