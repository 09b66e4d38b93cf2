// Runs after `npm ci`: creates analysis-worker/.venv with the pinned packages when Python 3.11+
// is present. Without it the app still works (lemmas from lemma-is, no grammar in context), so
// every failure here prints a notice and exits 0 rather than failing the install.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const worker = path.join(root, "analysis-worker");
const venv = path.join(worker, ".venv");
const venvPython = path.join(venv, "bin", "python");
const stamp = path.join(venv, "samhlida-requirements.sha256");
const notice = (why) =>
  console.log(`\nsamhlida: ${why}\n  The app runs without it: lemmas from lemma-is, no grammar in context.\n  Install Python 3.11+ and run \`npm run setup:python\` to enable GreynirEngine analysis.\n`);

function main() {
  if (process.env.SAMHLIDA_SKIP_PYTHON === "1") return notice("SAMHLIDA_SKIP_PYTHON=1, Python analysis not set up.");
  const python = process.env.SAMHLIDA_PYTHON_BOOTSTRAP || "python3";
  let version;
  try {
    version = execFileSync(python, ["-c", "import sys; print('%d.%d' % sys.version_info[:2])"], { encoding: "utf8" }).trim();
  } catch {
    return notice(`no ${python} found, Python analysis not set up.`);
  }
  const [major = 0, minor = 0] = version.split(".").map(Number);
  if (major < 3 || (major === 3 && minor < 11)) return notice(`${python} is ${version}; the analysis worker needs 3.11+.`);

  const wanted = createHash("sha256")
    .update(readFileSync(path.join(worker, "requirements.txt")))
    .update(readFileSync(path.join(worker, "requirements-dev.txt")))
    .digest("hex");
  if (existsSync(venvPython) && existsSync(stamp) && readFileSync(stamp, "utf8") === wanted) {
    console.log("samhlida: analysis-worker/.venv is up to date.");
    return;
  }
  try {
    console.log(`samhlida: creating analysis-worker/.venv with Python ${version} and the pinned packages…`);
    if (!existsSync(venvPython)) execFileSync(python, ["-m", "venv", venv], { stdio: "inherit" });
    execFileSync(venvPython, ["-m", "pip", "install", "--disable-pip-version-check", "-q", "-r", path.join(worker, "requirements-dev.txt")], { stdio: "inherit" });
    writeFileSync(stamp, wanted);
    console.log("samhlida: Python analysis ready (GreynirEngine, BÍN).");
  } catch (error) {
    notice(`setting up the Python environment failed (${error instanceof Error ? error.message : String(error)}).`);
  }
}

main();
