/** Errors an Analyzer rejects with, so callers can answer each one plainly. */

/** The worker's queue is full: try again shortly (an API answers 503, not 500). */
export class AnalysisBusyError extends Error {
  readonly code = "busy" as const;
  constructor(queueLimit: number) {
    super(`The analysis worker is busy (${queueLimit} requests already waiting).`);
    this.name = "AnalysisBusyError";
  }
}

/** One request took longer than its time limit; the worker is restarted for the next one. */
export class AnalysisTimeoutError extends Error {
  readonly code = "timeout" as const;
  constructor(ms: number) {
    super(`The analysis took longer than ${ms} ms.`);
    this.name = "AnalysisTimeoutError";
  }
}

/**
 * The worker could not be started ("unavailable"), died while answering ("crashed"), or
 * answered that it could not analyse this text ("rejected").
 */
export class AnalysisWorkerError extends Error {
  readonly code = "worker" as const;
  constructor(message: string, readonly reason: "unavailable" | "crashed" | "rejected" | "closed") {
    super(message);
    this.name = "AnalysisWorkerError";
  }
}

export type AnalysisError = AnalysisBusyError | AnalysisTimeoutError | AnalysisWorkerError;
