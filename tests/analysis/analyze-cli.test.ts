import { execSync, spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

/** The CLI analyses with the Python worker, which every test setup has (.ci/run; lib/analysis/factory.ts). */

describe("npm run --silent analyze -- --jsonl", { timeout: 90_000 }, () => {
  it("writes one JSON array of tokens per input line, in order", () => {
    const input = [JSON.stringify("Hermennirnir féllu í árásinni."), JSON.stringify("Ég 😀 sá hestinn."), JSON.stringify("Valur býr á Akureyri.")].join("\n") + "\n";
    const stdout = execSync("npm run --silent analyze -- --jsonl", { input, encoding: "utf8" });
    const lines = stdout.trim().split("\n").map((line) => JSON.parse(line));
    expect(lines).toHaveLength(3);
    expect(lines[0][0]).toMatchObject({ form: "Hermennirnir", start: 0, end: 12, lemma: "hermaður", upos: "NOUN", feats: { Case: "Nom", Number: "Plur" } });
    const horse = lines[1].find((t: { form: string }) => t.form === "hestinn");
    // "Ég " is 3 code units, the emoji 2, a space 1, "sá " 3: hestinn starts at 9
    expect(horse).toMatchObject({ start: 9, end: 16, lemma: "hestur", feats: { Case: "Acc", Definite: "Def" } });
    // A proper noun says what kind of name it is; a common word has no such key.
    expect(lines[2][0]).toMatchObject({ lemma: "Valur", name: { kind: "person", sort: "given", genders: ["Masc"] } });
    expect(lines[2].find((t: { form: string }) => t.form === "Akureyri")).toMatchObject({ name: { kind: "place", sort: "town" } });
    expect(lines[2].find((t: { form: string }) => t.form === "býr")).not.toHaveProperty("name");
  });

  it("prints a readable table without --jsonl", () => {
    const stdout = execSync("npm run --silent analyze", { input: "Hún les bókina.\n", encoding: "utf8" });
    expect(stdout).toMatch(/^bókina\t\d+–\d+\tword\tbók\tNOUN\tCase=Acc/m);
  });

  it("stops quietly when its reader closes the pipe early (| head)", () => {
    const text = Array.from({ length: 400 }, () => "Hún les bókina og hann les blaðið.").join(" ");
    const run = spawnSync("sh", ["-c", "npm run --silent analyze | head -n 2"], { input: text, encoding: "utf8" });
    expect(run.stdout.split("\n").slice(0, 2)).toEqual(["engine: greynir (automatic)", "form\toffsets\tkind\tlemma\tupos\tfeatures\tparts\tgovernor"]);
    expect(run.stderr).not.toMatch(/EPIPE|Unhandled/);
  });
});
