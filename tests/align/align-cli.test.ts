import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../support/temp-dir";

const dir = tempDir("align-cli-");
function file(name: string, lines: string[]): string {
  const target = path.join(dir, name);
  writeFileSync(target, lines.join("\n") + "\n");
  return target;
}

/** Runs exactly the documented command: npm run --silent align -- --is A --en B */
function align(...args: string[]) {
  const result = spawnSync("npm", ["run", "--silent", "align", "--", ...args], { encoding: "utf8" });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

describe("npm run --silent align", () => {
  it("prints the links as JSON, merges and drops included", () => {
    const is = file("a.is.txt", [
      "Ísland vann Svíþjóð 31–29 í kvöld.",
      "Leikurinn var jafn allan tímann.",
      "Svíar voru einu marki yfir í hálfleik, 15–14.",
      "Ómar Ingi Magnússon skoraði níu mörk.",
      "Um 2.000 íslenskir stuðningsmenn voru í höllinni.",
    ]);
    const en = file("a.en.txt", [
      "Iceland beat Sweden 31–29 tonight; the game was close throughout.",
      "The Swedes led by one goal at half-time, 15–14.",
      "About 2,000 Icelandic supporters were in the arena.",
    ]);
    const { stdout, status } = align("--is", is, "--en", en);
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual([[[0, 1], [0]], [[2], [1]], [[3], []], [[4], [2]]]);
  });

  it("fails with a usage line when a file is missing", () => {
    const { stderr, status } = align("--is", path.join(dir, "missing.txt"), "--en", path.join(dir, "missing.txt"));
    expect(status).toBe(2);
    expect(stderr).toMatch(/align: ENOENT/);
    expect(align("--is", file("b.is.txt", ["Já."])).stderr).toMatch(/usage/);
  });
});
