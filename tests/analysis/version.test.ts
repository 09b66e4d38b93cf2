import { appendFileSync, cpSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analysisVersion, computeAnalysisVersion, serverAnalysis } from "@/lib/analysis/version";
import { tempDir } from "../support/temp-dir";

/** A copy of the analysis inputs, to change one at a time. */
const copy = tempDir("samhlida-version-");
const worker = path.join(copy, "analysis-worker");
cpSync("content/glossary", path.join(copy, "content", "glossary"), { recursive: true });
cpSync("analysis-worker/samhlida_worker", path.join(worker, "samhlida_worker"), { recursive: true, filter: (source) => !source.includes("__pycache__") });
cpSync("analysis-worker/requirements.txt", path.join(worker, "requirements.txt"));
mkdirSync(path.join(copy, "data", "dictionaries", "wiktionary-en-is"), { recursive: true });
writeFileSync(path.join(copy, "data", "dictionaries", "wiktionary-en-is", "small.tsv"), "hundur\tnoun\tdog\n");
mkdirSync(path.join(copy, "node_modules", "lemma-is"), { recursive: true });
writeFileSync(path.join(copy, "node_modules", "lemma-is", "package.json"), JSON.stringify({ name: "lemma-is", version: "1.0.0" }));

describe("the server's analysis version", () => {
  it("is a short hash of the analysis inputs, the same every time they are read", () => {
    const version = computeAnalysisVersion();
    expect(version).toMatch(/^[0-9a-f]{12}$/);
    expect(computeAnalysisVersion()).toBe(version);
    expect(analysisVersion()).toBe(version);
  });

  it("does not depend on where the project lies, and ignores compiled Python", () => {
    const before = computeAnalysisVersion(copy, worker);
    const moved = tempDir("samhlida-version-moved-");
    cpSync(copy, moved, { recursive: true });
    expect(computeAnalysisVersion(moved, path.join(moved, "analysis-worker"))).toBe(before);
    mkdirSync(path.join(worker, "samhlida_worker", "__pycache__"), { recursive: true });
    writeFileSync(path.join(worker, "samhlida_worker", "__pycache__", "analyze.cpython-312.pyc"), "bytes");
    expect(computeAnalysisVersion(copy, worker)).toBe(before);
  });

  it.each([
    ["a worker rule", "analysis-worker/samhlida_worker/corrections/cases.py", "\n# a new rule\n"],
    ["a pinned package", "analysis-worker/requirements.txt", "\n# another version\n"],
    ["an editor's expression", "content/glossary/phrases.json", " "],
    ["a dictionary", "data/dictionaries/wiktionary-en-is/small.tsv", "köttur\tnoun\tcat\n"],
  ])("changes when %s changes", (_name, file, addition) => {
    const before = computeAnalysisVersion(copy, worker);
    appendFileSync(path.join(copy, file), addition);
    expect(computeAnalysisVersion(copy, worker)).not.toBe(before);
  });

  it("changes when the installed lemma-is changes", () => {
    const before = computeAnalysisVersion(copy, worker);
    writeFileSync(path.join(copy, "node_modules", "lemma-is", "package.json"), JSON.stringify({ name: "lemma-is", version: "1.0.1" }));
    expect(computeAnalysisVersion(copy, worker)).not.toBe(before);
  });

  it("says which engine the server's settings choose", () => {
    expect(["greynir", "lemma-is"]).toContain(serverAnalysis().engine);
  });
});
