import { existsSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { AnalysisBusyError } from "@/lib/analysis/errors";
import { WorkerPool } from "@/lib/analysis/worker-pool";

const cwd = path.join(process.cwd(), "analysis-worker");
const python = path.join(cwd, ".venv", "bin", "python");
let pool: WorkerPool | undefined;
afterEach(() => pool?.close());

describe("WorkerPool", { timeout: 120_000 }, () => {
  it("spreads requests over its workers and bounds the queue as a whole", async () => {
    if (!existsSync(python)) throw new Error("analysis-worker/.venv is missing: run `npm run setup:python`");
    pool = new WorkerPool(2, { python, cwd, maxQueue: 2 });
    const first = pool.analyze("Ein setning.");
    const second = pool.analyze("Önnur setning.");
    // both workers are busy starting; two more may wait, the fifth is refused
    const waiting = [pool.analyze("Þriðja."), pool.analyze("Fjórða.")];
    await expect(pool.analyze("Fimmta.")).rejects.toBeInstanceOf(AnalysisBusyError);
    const replies = await Promise.all([first, second, ...waiting]);
    expect(replies.map((r) => r.tokens[0]?.lemma)).toEqual(["einn", "annar", "þriðji", "fjórði"]);
    expect(new Set(pool.pids).size).toBe(2);
  });
});
