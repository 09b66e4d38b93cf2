import "server-only";
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { createInterface } from "node:readline";
import { AnalysisBusyError, AnalysisTimeoutError, AnalysisWorkerError } from "./errors";
import { readySchema, replySchema, type WorkerReply } from "./protocol";

export interface WorkerOptions {
  /** The Python interpreter of analysis-worker/.venv (or SAMHLIDA_PYTHON). */
  python: string;
  /** The analysis-worker folder (the worker runs as `python -m samhlida_worker` there). */
  cwd: string;
  /** Requests allowed to wait behind the one being analysed; more are rejected as busy. */
  maxQueue?: number;
  /** Time limit of one request, from the moment the worker starts on it. */
  timeoutMs?: number;
  /** Time allowed for a fresh worker to load its grammar and BÍN. */
  startTimeoutMs?: number;
  /** The worker exits after a reply once its peak RSS passes this; the next request restarts it. */
  maxRssMb?: number;
  /** Sentences longer than this (in tokens) are parsed clause by clause: parse time grows fast with length. */
  maxSentTokens?: number;
}

type Success = Extract<WorkerReply, { tokens: unknown }>;
interface Job {
  id: number;
  text: string;
  resolve: (reply: Success) => void;
  reject: (error: Error) => void;
  signal?: AbortSignal;
}

/**
 * One long-lived Python worker spoken to over JSON lines, one request at a time (GreynirEngine
 * parses one sentence at a time anyway). A crash, an exit over the memory ceiling or a timeout
 * ends the process; the next request starts a new one.
 */
export class WorkerClient {
  private child: ChildProcessWithoutNullStreams | undefined;
  private ready: Promise<void> | undefined;
  private readonly queue: Job[] = [];
  private current: Job | undefined;
  private timer: NodeJS.Timeout | undefined;
  private nextId = 1;
  private readonly options: Required<WorkerOptions>;

  constructor(options: WorkerOptions) {
    this.options = { maxQueue: 16, timeoutMs: 30_000, startTimeoutMs: 60_000, maxRssMb: 1500, maxSentTokens: 50, ...options };
  }

  /** The worker's process id, while one runs. */
  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** Requests waiting behind the one being analysed. */
  get waiting(): number {
    return this.queue.length;
  }

  /** Requests waiting or being analysed. */
  get load(): number {
    return this.queue.length + (this.current ? 1 : 0);
  }

  analyze(text: string, signal?: AbortSignal): Promise<Success> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (this.queue.length >= this.options.maxQueue) return Promise.reject(new AnalysisBusyError(this.options.maxQueue));
    return new Promise((resolve, reject) => {
      const job: Job = { id: this.nextId++, text, resolve, reject, signal };
      signal?.addEventListener("abort", () => {
        const at = this.queue.indexOf(job);
        if (at >= 0) this.queue.splice(at, 1);
        reject(signal.reason);
      }, { once: true });
      this.queue.push(job);
      void this.pump();
    });
  }

  /** Ends the worker; requests still waiting are rejected. */
  close(): void {
    for (const job of this.queue.splice(0)) job.reject(new AnalysisWorkerError("The analysis worker was closed.", "closed"));
    this.stop(new AnalysisWorkerError("The analysis worker was closed.", "closed"));
  }

  private async pump(): Promise<void> {
    if (this.current || this.queue.length === 0) return;
    const job = this.queue.shift();
    if (!job) return;
    this.current = job;
    try {
      await this.start();
    } catch (error) {
      this.current = undefined;
      job.reject(error instanceof Error ? error : new AnalysisWorkerError(String(error), "unavailable"));
      void this.pump();
      return;
    }
    this.timer = setTimeout(() => this.stop(new AnalysisTimeoutError(this.options.timeoutMs)), this.options.timeoutMs);
    this.child?.stdin.write(JSON.stringify({ id: job.id, text: job.text }) + "\n");
  }

  private finish(reply: WorkerReply): void {
    const job = this.current;
    if (!job || reply.id !== job.id) return;
    clearTimeout(this.timer);
    this.current = undefined;
    if (reply.restart) this.retire();
    if ("error" in reply) job.reject(new AnalysisWorkerError(`The analysis worker could not analyse this text: ${reply.error}`, "rejected"));
    else job.resolve(reply);
    void this.pump();
  }

  /** Lets a worker over its memory ceiling exit on its own; the next request starts another. */
  private retire(): void {
    this.child = undefined;
    this.ready = undefined;
  }

  /** Kills the worker and fails the request it was working on. */
  private stop(error: Error): void {
    clearTimeout(this.timer);
    const job = this.current;
    this.current = undefined;
    const child = this.child;
    this.child = undefined;
    this.ready = undefined;
    child?.kill("SIGKILL");
    job?.reject(error);
    if (job) void this.pump();
  }

  private start(): Promise<void> {
    if (this.ready) return this.ready;
    const child = spawn(this.options.python, ["-m", "samhlida_worker"], {
      cwd: this.options.cwd,
      env: { ...process.env, PYTHONUNBUFFERED: "1", SAMHLIDA_WORKER_MAX_RSS_MB: String(this.options.maxRssMb),
        SAMHLIDA_WORKER_MAX_SENT_TOKENS: String(this.options.maxSentTokens),
      },
    });
    this.child = child;
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => { stderr = (stderr + chunk.toString()).slice(-2000); });
    this.ready = new Promise<void>((resolve, reject) => {
      const startTimer = setTimeout(() => {
        const error = new AnalysisWorkerError("The analysis worker did not start in time.", "unavailable");
        reject(error);
        if (this.child === child) this.stop(error);
      }, this.options.startTimeoutMs);
      const lines = createInterface({ input: child.stdout });
      lines.on("line", (line) => {
        let json: unknown;
        try { json = JSON.parse(line); } catch { return; }
        if (readySchema.safeParse(json).success) { clearTimeout(startTimer); resolve(); return; }
        const reply = replySchema.safeParse(json);
        if (reply.success && this.child === child) this.finish(reply.data);
      });
      let started = false;
      lines.once("line", () => { started = true; });
      const failed = (why: string) => {
        clearTimeout(startTimer);
        const detail = stderr ? `: ${stderr.trim().split("\n").pop()}` : "";
        const error = new AnalysisWorkerError(`The analysis worker ${why}${detail}`, started ? "crashed" : "unavailable");
        reject(error);
        if (this.child === child) this.stop(error);
      };
      child.on("error", (error) => failed(`could not be started (${error.message})`));
      // "close" comes after stdout is drained, so a reply written just before exiting is not lost.
      child.on("close", (code, sig) => failed(`stopped (${sig ?? `exit ${code}`})`));
    });
    // A rejected start is handled by the caller; this keeps Node from reporting it twice.
    this.ready.catch(() => undefined);
    return this.ready;
  }
}
