import { existsSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { AnalysisBusyError, AnalysisTimeoutError } from "@/lib/analysis/errors";
import { WorkerClient, type WorkerOptions } from "@/lib/analysis/worker-client";

const cwd = path.join(process.cwd(), "analysis-worker");
const python = path.join(cwd, ".venv", "bin", "python");
const clients: WorkerClient[] = [];
function client(options: Partial<WorkerOptions> = {}) {
  if (!existsSync(python)) throw new Error("analysis-worker/.venv is missing: run `npm run setup:python` (needs Python 3.11+)");
  const c = new WorkerClient({ python, cwd, ...options });
  clients.push(c);
  return c;
}
afterEach(() => clients.splice(0).forEach((c) => c.close()));

describe("WorkerClient against the real Python worker", { timeout: 90_000 }, () => {
  it("speaks JSON lines: lemma, features and UTF-16 offsets", async () => {
    const text = "Ég 😀 sá hestana.";
    const reply = await client().analyze(text);
    const horses = reply.tokens.find((t) => t.form === "hestana");
    expect(horses).toMatchObject({ lemma: "hestur", upos: "NOUN", feats: { Case: "Acc", Number: "Plur", Gender: "Masc", Definite: "Def" } });
    for (const token of reply.tokens) expect(text.slice(token.start, token.end)).toBe(token.form);
    expect(reply.tokens.map((t) => t.form)).toEqual(["Ég", "😀", "sá", "hestana", "."]);
  });

  it("answers requests in order, each with its own tokens", async () => {
    const c = client();
    const [a, b] = await Promise.all([c.analyze("Hún les."), c.analyze("Hann skrifar.")]);
    expect(a.tokens[1]?.lemma).toBe("lesa");
    expect(b.tokens[1]?.lemma).toBe("skrifa");
  });

  it("starts a new worker after a crash", async () => {
    const c = client();
    await c.analyze("Fyrsta setning.");
    const first = c.pid;
    expect(first).toBeDefined();
    process.kill(first!, "SIGKILL");
    await new Promise((resolve) => setTimeout(resolve, 200));
    const reply = await c.analyze("Við lásum bókina.");
    expect(reply.tokens.find((t) => t.form === "bókina")?.lemma).toBe("bók");
    expect(c.pid).not.toBe(first);
  });

  it("rejects a request that runs over its time limit and ends that worker", async () => {
    const c = client({ timeoutMs: 1 });
    await expect(c.analyze("Þetta er nokkuð löng setning sem tekur tíma að greina í sundur.")).rejects.toBeInstanceOf(AnalysisTimeoutError);
    expect(c.pid).toBeUndefined();
  });

  it("rejects as busy when the queue is full", async () => {
    const c = client({ maxQueue: 1 });
    const first = c.analyze("Ein.");
    const second = c.analyze("Tvær.");
    await expect(c.analyze("Þrjár.")).rejects.toBeInstanceOf(AnalysisBusyError);
    await expect(first).resolves.toBeDefined();
    await expect(second).resolves.toBeDefined();
  });

  it("restarts the worker once it passes the memory ceiling", async () => {
    const c = client({ maxRssMb: 1 });
    await c.analyze("Fyrsta.");
    // over the ceiling, the worker said so in its reply and is exiting: no process is in use
    expect(c.pid).toBeUndefined();
    const reply = await c.analyze("Önnur setning.");
    expect(reply.tokens[0]?.lemma).toBe("annar");
  });
});
