import type { AnalysisStamp } from "../reader/types";

/**
 * Whether a stored text's glosses come from an older analysis than the server runs now. Versions
 * are hashes, not dates: the server's is the newest the learner can get, so any other version is
 * older. A server without the Python worker (lemma-is alone) offers no update: it would replace
 * grammar in context with lemmas only.
 */
export type ServerAnalysis = AnalysisStamp;

export type Freshness = "current" | "older" | "unavailable";

export function analysisFreshness(stamp: AnalysisStamp | undefined, server: ServerAnalysis): Freshness {
  if (server.engine !== "greynir") return "unavailable";
  // Stored before stamps existed, or analysed while the worker was down.
  if (!stamp || stamp.engine !== "greynir") return "older";
  return stamp.version === server.version ? "current" : "older";
}

/** GET /api/analysis's answer, or a stored document's stamp, if it is one. */
export function readServerAnalysis(value: unknown): ServerAnalysis | undefined {
  if (typeof value !== "object" || value === null || !("version" in value) || !("engine" in value)) return undefined;
  const { version, engine } = value;
  if (typeof version !== "string" || version.length === 0 || (engine !== "greynir" && engine !== "lemma-is")) return undefined;
  return { version, engine };
}

/** Asks the server which analysis it runs; undefined offline, on an error, or from a server that does not say. */
export async function fetchServerAnalysis(send: typeof fetch = fetch): Promise<ServerAnalysis | undefined> {
  if (typeof navigator !== "undefined" && navigator.onLine === false) return undefined;
  try {
    const response = await send("/api/analysis", { cache: "no-store" });
    return response.ok ? readServerAnalysis(await response.json()) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * How long a page holds a stored text back for the server's answer: known before the text or its
 * card shows, the "newer analysis" notice is there from the start instead of pushing the text
 * down under the learner's pointer a moment later; a slow server does not hold it longer.
 */
export const SERVER_ANSWER_WAIT_MS = 800;

/** The promise's value if it settles within `ms`, else undefined (the promise runs on). */
export function withinMs<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
