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
