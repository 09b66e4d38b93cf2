/**
 * The Python that has Miðeind's tokenizer, for benchmarks only: SAMHLIDA_PYTHON if set, else the
 * analysis worker's venv. Returns undefined when neither can import `tokenizer`.
 */
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";

export function pythonWithTokenizer(): string | undefined {
  const candidates = [process.env.SAMHLIDA_PYTHON, "analysis-worker/.venv/bin/python"].filter(
    (path): path is string => typeof path === "string" && path !== "" && existsSync(path),
  );
  return candidates.find((python) => spawnSync(python, ["-c", "import tokenizer"], { encoding: "utf8" }).status === 0);
}

/** Runs a Python script over JSON lines: one JSON value per input, one per output line. */
export function runJsonLines(python: string, script: string, inputs: readonly unknown[]): unknown[] {
  const result = spawnSync(python, [script], {
    input: inputs.map((value) => JSON.stringify(value)).join("\n") + "\n",
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`${script} failed: ${result.stderr}`);
  return result.stdout.trim().split("\n").map((line): unknown => JSON.parse(line));
}
