import { spawn, spawnSync } from "node:child_process";
import { cpSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fakeTranslation, startFakeGoogle, type FakeGoogle } from "../translate/support/fake-google";
import { tempDir } from "../support/temp-dir";

/**
 * The commands exactly as the README (and docs/) document them, run through npm and a shell — not the
 * script file with hand-picked arguments, which is how `npm run translate -- <slug>` broke
 * unnoticed (issue 15).
 */
const readme = readFileSync("README.md", "utf8");
const ARTICLE = "content/articles/drone-attack-anbar";

function sh(command: string, cwd = process.cwd(), env: Record<string, string> = {}) {
  const result = spawnSync("sh", ["-c", command], { cwd, encoding: "utf8", env: { ...process.env, ...env }, timeout: 120_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** As sh, without blocking the event loop (a fake server in this process must answer). */
function shAsync(command: string, cwd: string, env: Record<string, string>) {
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn("sh", ["-c", command], { cwd, env: { ...process.env, ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

/** A copy of the project the translate script may write into; node_modules is shared by a link. */
function projectCopy() {
  const root = tempDir("samhlida-readme-");
  for (const item of ["package.json", "tsconfig.json", "scripts", "lib", "content"]) cpSync(item, path.join(root, item), { recursive: true });
  symlinkSync(path.resolve("node_modules"), path.join(root, "node_modules"), "dir");
  return root;
}

const snapshot = (dir: string) => Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(path.join(dir, name), "utf8")]));

let fake: FakeGoogle;
beforeAll(async () => {
  fake = await startFakeGoogle();
});
afterAll(() => fake.close());

/** The article copy with its last two reviewed sentences removed, so there is something to draft. */
function projectWithUntranslated() {
  const root = projectCopy();
  const reviewedFile = path.join(root, ARTICLE, "translation.en.json");
  const reviewed = JSON.parse(readFileSync(reviewedFile, "utf8"));
  reviewed.sentences = reviewed.sentences.slice(0, -2);
  writeFileSync(reviewedFile, JSON.stringify(reviewed));
  return root;
}

describe("the README's commands", () => {
  it("names only npm scripts that exist", () => {
    const scripts = Object.keys(JSON.parse(readFileSync("package.json", "utf8")).scripts);
    const documented = [...readme.matchAll(/npm run (?:--silent )?([\w:-]+)/g)].map((m) => m[1]);
    expect(documented.length).toBeGreaterThan(3);
    for (const name of documented) expect(scripts, `README documents npm run ${name}`).toContain(name);
  });

  it("documents `npm run translate -- <slug>` in this form", () => {
    expect(readme).toContain("`npm run translate -- <slug>`");
  });

  it("npm run translate -- drone-attack-anbar: finds the slug and says how to enable machine translation", () => {
    const root = projectWithUntranslated();
    const before = snapshot(path.join(root, ARTICLE));

    const { status, stderr } = sh("npm run translate -- drone-attack-anbar", root, { SAMHLIDA_TRANSLATOR: "none" });
    expect(stderr).not.toMatch(/usage/);
    expect(stderr).toMatch(/machine translation is not configured.*SAMHLIDA_TRANSLATOR=google/);
    expect(status).toBe(1);
    expect(snapshot(path.join(root, ARTICLE))).toEqual(before);
  });

  it("SAMHLIDA_TRANSLATOR=google npm run translate -- <slug> (docs/translation.md) drafts the missing sentences", async () => {
    const root = projectWithUntranslated();
    const reviewedBefore = readFileSync(path.join(root, ARTICLE, "translation.en.json"), "utf8");
    const { status, stdout } = await shAsync("SAMHLIDA_TRANSLATOR=google npm run translate -- drone-attack-anbar", root, {
      SAMHLIDA_TRANSLATE_HOST: fake.host,
      SAMHLIDA_TRANSLATE_CA: fake.caFile,
      SAMHLIDA_TRANSLATE_CACHE_DIR: path.join(root, ".cache"),
    });
    expect(stdout).toMatch(/drafted 2 of 2/);
    expect(status).toBe(0);
    const draft = JSON.parse(readFileSync(path.join(root, ARTICLE, "translation.en.draft.json"), "utf8"));
    expect(draft.sentences.map((s: { is: string; en: string }) => s.en)).toEqual(draft.sentences.map((s: { is: string }) => fakeTranslation(s.is)));
    expect(readFileSync(path.join(root, ARTICLE, "translation.en.json"), "utf8")).toBe(reviewedBefore);
  });

  it("npm run translate -- drone-attack-anbar in the project itself: nothing to draft, nothing written", () => {
    const before = snapshot(ARTICLE);
    const { status, stdout } = sh("npm run translate -- drone-attack-anbar", process.cwd(), { SAMHLIDA_TRANSLATOR: "none" });
    expect(stdout).toMatch(/every sentence of drone-attack-anbar has a reviewed translation; nothing to draft/);
    expect(status).toBe(0);
    expect(snapshot(ARTICLE)).toEqual(before);
  });

  it("npm run --silent segment < source.is.txt: one line per sentence of the reviewed translation", () => {
    const { status, stdout } = sh(`npm run --silent segment < ${ARTICLE}/source.is.txt`);
    expect(status).toBe(0);
    const reviewed: { sentences: { is: string }[] } = JSON.parse(readFileSync(`${ARTICLE}/translation.en.json`, "utf8"));
    expect(stdout.split("\n").filter((line) => line !== "")).toEqual(reviewed.sentences.map((s) => s.is));
  });

  it("npm run --silent segment -- --jsonl: one JSON array per JSON string", () => {
    const { status, stdout } = sh(`printf '%s\\n' '"Já. Nei."' | npm run --silent segment -- --jsonl`);
    expect(status).toBe(0);
    expect(stdout).toBe('["Já.","Nei."]\n');
  });

  it("npm run bench:dictionary -- --sample 30 (docs/language-tools.md): coverage beside the Wiktionary-alone baseline", { timeout: 120_000 }, () => {
    const { status, stdout } = sh("npm run bench:dictionary -- --sample 30", process.cwd(), { SAMHLIDA_BENCH_QUICK: "1" });
    expect(status).toBe(0);
    expect(stdout).toMatch(/30 random UD content lemmas/);
    expect(stdout).toMatch(/Wiktionary alone \(baseline\)/);
    expect(stdout).toMatch(/cumulative: \+ compound parts/);
  });
});
