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
 * (content/glossary), the dictionaries and lemma-is's installed version — and of GLOSS_CODE_REVISION for the TypeScript that
 * turns an analysis into glosses, which no file at run time shows. The same files give the same
 * version on every server and after every rebuild; any change gives another.
 *
 * Raise it with any change to the TypeScript that builds glosses (lib/glossary, lib/dictionary).
 * 2: a word no source knows takes its variant headword's meaning (tónleikur → "concert").
 */
export const GLOSS_CODE_REVISION = 3;

/**
 * The TypeScript packages whose data turns into glosses: lemma-is (BÍN lemmas, the fallback and
 * the compound splitter). Their installed version stands for their data.
 */
const PACKAGES = ["lemma-is"];

function packageVersion(root: string, name: string): string {
  try {
    return String(JSON.parse(readFileSync(path.join(/* turbopackIgnore: true */ root, "node_modules", name, "package.json"), "utf8")).version);
  } catch {
    return "absent";
  }
}

const sources = (root: string, worker: string): { dir: string; ext: RegExp; recurse: boolean }[] => [
  { dir: path.join(/* turbopackIgnore: true */ worker, "samhlida_worker"), ext: /\.py$/, recurse: true },
  { dir: worker, ext: /^requirements\.txt$/, recurse: false },
  { dir: path.join(/* turbopackIgnore: true */ root, "content", "glossary"), ext: /\.json$/, recurse: true },
  { dir: path.join(/* turbopackIgnore: true */ root, "data", "dictionaries"), ext: /\.(tsv|dix)$/, recurse: true },
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

/** The hash of the analysis inputs listed above, 12 hex digits (under `root`, the project, and `worker`). */
export function computeAnalysisVersion(root: string = process.cwd(), worker: string = WORKER_DIR): string {
  const hash = createHash("sha256").update(`gloss-code:${GLOSS_CODE_REVISION}\n`);
  for (const name of PACKAGES) hash.update(`package:${name}@${packageVersion(root, name)}\n`);
  for (const [group, { dir, ext, recurse }] of sources(root, worker).entries()) {
    for (const file of files(dir, ext, recurse)) {
      hash.update(`${group}:${path.relative(/* turbopackIgnore: true */ dir, file)}\n`);
      hash.update(readFileSync(/* turbopackIgnore: true */ file));
    }
  }
  return hash.digest("hex").slice(0, 12);
}

let version: string | undefined;

/** This server's version, computed once per process. */
export function analysisVersion(): string {
  version ??= computeAnalysisVersion();
  return version;
}

/** The analysis this server runs now: "lemma-is" when Python is missing or turned off. */
export function serverAnalysis(): { version: string; engine: AnalysisEngine } {
  return { version: analysisVersion(), engine: configuredEngine() };
}
