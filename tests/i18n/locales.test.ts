import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

type Tree = { [key: string]: string | Tree | string[] };

function leaves(tree: Tree, prefix = ""): [string, unknown][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "object" && !Array.isArray(value) ? leaves(value, `${prefix}${key}.`) : [[`${prefix}${key}`, value]],
  );
}

const load = (lng: string, file: string): Tree => JSON.parse(readFileSync(`locales/${lng}/${file}`, "utf8"));

describe("interface strings", () => {
  const files = readdirSync("locales/en");

  it("exist in both languages for every namespace", () => {
    expect(readdirSync("locales/is").sort()).toEqual([...files].sort());
  });

  it.each(files)("%s has the same keys in English and Icelandic, none empty", (file) => {
    const en = leaves(load("en", file));
    const is = leaves(load("is", file));
    expect(is.map(([key]) => key).sort()).toEqual(en.map(([key]) => key).sort());
    for (const [key, value] of [...en, ...is]) {
      const values = Array.isArray(value) ? value : [value];
      for (const v of values) expect(typeof v === "string" && v.trim().length > 0, key).toBe(true);
    }
    // Interpolations must match, or a translated message would drop a number.
    const vars = (text: unknown) => [...String(text).matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();
    const isByKey = new Map(is);
    for (const [key, value] of en) expect(vars(isByKey.get(key)), key).toEqual(vars(value));
  });

  it("are NFC", () => {
    for (const lng of ["en", "is"]) {
      for (const file of files) {
        const text = readFileSync(`locales/${lng}/${file}`, "utf8");
        expect(text).toBe(text.normalize("NFC"));
      }
    }
  });
});
