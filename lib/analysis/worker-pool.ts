import "server-only";
import { AnalysisBusyError } from "./errors";
import { WorkerClient, type WorkerOptions } from "./worker-client";

/**
 * A few workers side by side: GreynirEngine uses one core per process, so the paragraphs of a
 * long text are spread over as many workers as the machine has cores (two here). Each request
 * goes to the worker with the least work waiting; the queue bound holds for the pool as a whole.
 */
export class WorkerPool {
  private readonly clients: WorkerClient[];
  private readonly maxQueue: number;

  constructor(size: number, options: WorkerOptions) {
    this.maxQueue = options.maxQueue ?? 16;
    // Each worker may queue the whole bound; the pool checks the total itself.
    this.clients = Array.from({ length: Math.max(1, size) }, () => new WorkerClient({ ...options, maxQueue: this.maxQueue }));
  }

  /** Process ids of the running workers. */
  get pids(): number[] {
    return this.clients.flatMap((c) => (c.pid === undefined ? [] : [c.pid]));
  }

  analyze(text: string, signal?: AbortSignal): ReturnType<WorkerClient["analyze"]> {
    const waiting = this.clients.reduce((sum, c) => sum + c.waiting, 0);
    if (waiting >= this.maxQueue) return Promise.reject(new AnalysisBusyError(this.maxQueue));
    const [least] = [...this.clients].sort((a, b) => a.load - b.load);
    return least!.analyze(text, signal);
  }

  close(): void {
    for (const client of this.clients) client.close();
  }
}
