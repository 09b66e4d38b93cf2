import "server-only";
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { z } from "zod";
import { lemmaIs } from "../lemma/lemma-is";
import { AnalysisWorkerError } from "./errors";
import { createGreynirAnalyzer } from "./greynir-analyzer";
import { createLemmaIsAnalyzer } from "./lemma-is-analyzer";
import type { Analyzer } from "./types";
import type { WorkerOptions } from "./worker-client";
import { WorkerPool } from "./worker-pool";

const env = z.object({
  SAMHLIDA_ANALYSIS: z.enum(["greynir", "lemma-is"]).optional(),
  SAMHLIDA_PYTHON: z.string().min(1).optional(),
  SAMHLIDA_ANALYSIS_TIMEOUT_MS: z.coerce.number().int().positive().optional(),
  SAMHLIDA_ANALYSIS_QUEUE: z.coerce.number().int().nonnegative().optional(),
  SAMHLIDA_WORKER_MAX_RSS_MB: z.coerce.number().int().positive().optional(),
  SAMHLIDA_ANALYSIS_WORKERS: z.coerce.number().int().min(1).max(8).optional(),
});
export type AnalysisEnv = z.infer<typeof env>;

// Not traced by the bundler (a .venv symlink leaves the project); next.config.ts lists what ships.
export const WORKER_DIR = path.join(/* turbopackIgnore: true */ process.cwd(), "analysis-worker");
const VENV_PYTHON = path.join(/* turbopackIgnore: true */ WORKER_DIR, ".venv", "bin", "python");

/**
 * Which analyser to use: SAMHLIDA_ANALYSIS=greynir|lemma-is, else GreynirEngine when its
 * interpreter exists (SAMHLIDA_PYTHON, default analysis-worker/.venv/bin/python).
 */
export function chooseEngine(settings: AnalysisEnv): { engine: "greynir"; python: string } | { engine: "lemma-is"; why: string } {
  const python = settings.SAMHLIDA_PYTHON ?? VENV_PYTHON;
  if (settings.SAMHLIDA_ANALYSIS === "lemma-is") return { engine: "lemma-is", why: "SAMHLIDA_ANALYSIS=lemma-is" };
  if (!existsSync(/* turbopackIgnore: true */ python)) return { engine: "lemma-is", why: `no Python at ${python}` };
  return { engine: "greynir", python };
}

/** The engine this server's settings choose (the worker may still fall back per request). */
export function configuredEngine(source: Record<string, string | undefined> = process.env): "greynir" | "lemma-is" {
  return chooseEngine(env.parse(source)).engine;
}

/**
 * An Analyzer for this server. With GreynirEngine, a worker that cannot start or dies makes
 * that request (and the next ones, until a restart succeeds) fall back to lemma-is rather than
 * fail; busy and timeout errors reach the caller, who can say so.
 */
export function createAnalyzer(source: Record<string, string | undefined> = process.env, options: Partial<WorkerOptions> = {}): Analyzer & { close(): void; engine: string } {
  const settings = env.parse(source);
  const fallback = createLemmaIsAnalyzer(lemmaIs());
  const choice = chooseEngine(settings);
  if (choice.engine === "lemma-is") return { ...fallback, engine: "lemma-is", close: () => undefined };
  const workers = settings.SAMHLIDA_ANALYSIS_WORKERS ?? Math.min(2, availableParallelism());
  const client = new WorkerPool(workers, {
    python: choice.python,
    cwd: WORKER_DIR,
    ...(settings.SAMHLIDA_ANALYSIS_TIMEOUT_MS ? { timeoutMs: settings.SAMHLIDA_ANALYSIS_TIMEOUT_MS } : {}),
    ...(settings.SAMHLIDA_ANALYSIS_QUEUE !== undefined ? { maxQueue: settings.SAMHLIDA_ANALYSIS_QUEUE } : {}),
    ...(settings.SAMHLIDA_WORKER_MAX_RSS_MB ? { maxRssMb: settings.SAMHLIDA_WORKER_MAX_RSS_MB } : {}),
    ...options,
  });
  const greynir = createGreynirAnalyzer(client, workers);
  return {
    engine: "greynir",
    close: () => client.close(),
    async analyze(text, opts) {
      try {
        return await greynir.analyze(text, opts);
      } catch (error) {
        if (error instanceof AnalysisWorkerError && error.reason !== "rejected") return fallback.analyze(text, opts);
        throw error;
      }
    },
  };
}

let shared: ReturnType<typeof createAnalyzer> | undefined;

/** The server's one Analyzer (one worker per process), created on first use. */
export function getAnalyzer(): Analyzer {
  shared ??= createAnalyzer();
  return shared;
}
