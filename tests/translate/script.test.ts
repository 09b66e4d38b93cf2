import { spawn } from "node:child_process";
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fakeTranslation, startFakeGoogle, type FakeGoogle } from "./support/fake-google";
import { tempDir } from "../support/temp-dir";

let fake: FakeGoogle;
beforeAll(async () => {
  fake = await startFakeGoogle();
});
afterAll(() => fake.close());

/** Runs `npm run translate` the way the package script does, without blocking the fake server. */
function run(args: string[], env: Record<string, string>) {
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "--conditions=react-server", "scripts/translate.ts", ...args], {
      env: { ...process.env, ...env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

function articleCopy() {
  const root = tempDir("translate-script-");
  cpSync("content/articles/drone-attack-anbar", path.join(root, "a"), { recursive: true });
  const reviewedFile = path.join(root, "a", "translation.en.json");
  const reviewed = JSON.parse(readFileSync(reviewedFile, "utf8"));
  // Keep the first 15 reviewed sentences; p12.s1 and p13.s1 are left to draft.
  reviewed.sentences = reviewed.sentences.slice(0, 15);
  writeFileSync(reviewedFile, JSON.stringify(reviewed));
  return { root, reviewedFile, before: readFileSync(reviewedFile, "utf8") };
}

describe("npm run translate", () => {
  it("drafts only the untranslated sentences and never touches reviewed ones", async () => {
    const { root, reviewedFile, before } = articleCopy();
    const env = {
      SAMHLIDA_TRANSLATOR: "google",
      SAMHLIDA_TRANSLATE_HOST: fake.host,
      SAMHLIDA_TRANSLATE_CA: fake.caFile,
      SAMHLIDA_TRANSLATE_CACHE_DIR: path.join(root, "cache"),
    };
    const { status, stdout } = await run(["a", "--content", root], env);
    expect(status).toBe(0);
    expect(stdout).toMatch(/drafted 2 of 2/);
    const draft = JSON.parse(readFileSync(path.join(root, "a", "translation.en.draft.json"), "utf8"));
    expect(draft.status).toBe("draft");
    expect(draft.sentences.map((s: { id: string }) => s.id)).toEqual(["p12.s1", "p13.s1"]);
    expect(draft.sentences[1].en).toBe(fakeTranslation(draft.sentences[1].is));
    expect(readFileSync(reviewedFile, "utf8")).toBe(before);
  });

  it("explains how to enable machine translation when none is configured", async () => {
    const { root } = articleCopy();
    const { status, stderr } = await run(["a", "--content", root], { SAMHLIDA_TRANSLATOR: "none", SAMHLIDA_TRANSLATE_CACHE_DIR: path.join(root, "c") });
    expect(status).toBe(1);
    expect(stderr).toMatch(/not configured.*SAMHLIDA_TRANSLATOR=google/);
  });
});
