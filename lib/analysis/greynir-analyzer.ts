import "server-only";
import type { Analysis, Analyzer } from "./types";
import type { WorkerClient } from "./worker-client";
import type { WorkerPool } from "./worker-pool";

/** GreynirEngine and BÍN through the Python worker: lemma, word class and grammar in context. */
export function createGreynirAnalyzer(client: Pick<WorkerClient | WorkerPool, "analyze">): Analyzer {
  return {
    async analyze(text, options) {
      const reply = await client.analyze(text, options?.signal);
      const analysis: Analysis = { tokens: reply.tokens, engine: "greynir", automatic: true };
      return analysis;
    },
  };
}
