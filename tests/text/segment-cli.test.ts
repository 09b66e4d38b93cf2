import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

function run(input: string, args: string[] = []) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/segment.ts", ...args], {
    input,
    encoding: "utf8",
  });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

describe("npm run segment", () => {
  it("prints one sentence per line with a blank line between paragraphs", () => {
    const { stdout, status } = run("Hann kom 3. janúar. Hún fór.\nÞriðja setning t.d. hér.\n");
    expect(status).toBe(0);
    expect(stdout).toBe("Hann kom 3. janúar.\nHún fór.\n\nÞriðja setning t.d. hér.\n");
  });

  it("with --jsonl, maps each JSON string to a JSON array of sentences", () => {
    const { stdout, status } = run(`${JSON.stringify("Já. Nei.")}\n${JSON.stringify("Um 2.500 manns.")}\n`, ["--jsonl"]);
    expect(status).toBe(0);
    expect(stdout.trim().split("\n").map((line) => JSON.parse(line))).toEqual([["Já.", "Nei."], ["Um 2.500 manns."]]);
  });

  it("names a bad line, keeps the good ones and fails", () => {
    const { stdout, stderr, status } = run(`"Góð lína."\n{not json\n42\n"Önnur. Góð."\n`, ["--jsonl"]);
    expect(status).toBe(1);
    expect(stdout.trim().split("\n").map((line) => JSON.parse(line))).toEqual([["Góð lína."], ["Önnur.", "Góð."]]);
    expect(stderr).toMatch(/line 2/);
    expect(stderr).toMatch(/line 3: expected a JSON string/);
  });
});
