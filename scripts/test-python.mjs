// `npm run test:python`: the analysis worker's pytest suite, in its own virtual environment.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

const worker = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..", "analysis-worker");
const python = path.join(worker, ".venv", "bin", "python");
if (!existsSync(python)) {
  console.log("samhlida: analysis-worker/.venv is missing (no Python 3.11+ at install time): pytest skipped.");
  process.exit(0);
}
const result = spawnSync(python, ["-m", "pytest", "-q", "tests"], { cwd: worker, stdio: "inherit" });
process.exit(result.status ?? 1);
