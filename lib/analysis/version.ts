import "server-only";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { AnalysisEngine } from "./types";
import { configuredEngine, WORKER_DIR } from "./factory";

/**
 * What produced this server's automatic glosses, for stamping imported texts and telling a
 * learner when a stored text's analysis is older: a hash of everything the analysis reads at run
 * time — the worker's rules (its Python source and pinned packages), the editors' glossary data
 * (content/glossary) and the dictionaries — and of GLOSS_CODE_REVISION for the TypeScript that
 * turns an analysis into glosses, which no file at run time shows. The same files give the same
 * version on every server and after every rebuild; any change gives another.
 */
export const GLOSS_CODE_REVISION = 1;

const ROOT = /* turbopackIgnore: true */ process.cwd();
const SOURCES: { dir: string; ext: RegExp }[] = [
  { dir: path.join(/* turbopackIgnore: true */ WORKER_DIR, "samhlida_worker"), ext: /\.py$/ },
  { dir: WORKER_DIR, ext: /^requirements\.txt$/ },
  { dir: path.join(/* turbopackIgnore: true */ ROOT, "content", "glossary"), ext: /\.json$/ },
  { dir: path.join(/* turbopackIgnore: true */ ROOT, "data", "dictionaries"), ext: /\.(tsv|dix)$/ },
];

function files(dir: string, ext: RegExp, recurse: boolean): string[] {
  let entries;
  try {
    entries = readdirSync(/* turbopackIgnore: true */ dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .flatMap((entry) => {
      const full = path.join(/* turbopackIgnore: true */ dir, entry.name);
      if (entry.isDirectory()) return recurse && entry.name !== "__pycache__" && entry.name !== ".venv" ? files(full, ext, recurse) : [];
      return ext.test(entry.name) ? [full] : [];
    })
    .sort();
}

/** The hash of the analysis inputs listed above, 12 hex digits; computed once per process. */
export function computeAnalysisVersion(): string {
  const hash = createHash("sha256").update(`gloss-code:${GLOSS_CODE_REVISION}\n`);
  for (const { dir, ext } of SOURCES) {
    for (const file of files(dir, ext, dir !== WORKER_DIR)) {
      hash.update(`${path.relative(ROOT, file)}\n`);
      hash.update(readFileSync(/* turbopackIgnore: true */ file));
    }
  }
  return hash.digest("hex").slice(0, 12);
}

let version: string | undefined;

export function analysisVersion(): string {
  version ??= computeAnalysisVersion();
  return version;
}

/** The analysis this server runs now: "lemma-is" when Python is missing or turned off. */
export function serverAnalysis(): { version: string; engine: AnalysisEngine } {
  return { version: analysisVersion(), engine: configuredEngine() };
}
