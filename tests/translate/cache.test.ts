import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { withDiskCache } from "@/lib/translate/cache";
import type { Translator } from "@/lib/translate/types";
import { tempDir } from "../support/temp-dir";

/** A translator that records what it was asked, so the test sees which sentences the cache kept. */
function recording() {
  const asked: string[] = [];
  const translator: Translator = {
    id: "fake",
    async translate(sentences) {
      asked.push(...sentences);
      return sentences.map((s) => ({ ok: true as const, text: `EN ${s}` }));
    },
  };
  return { translator, asked };
}

const files = (dir: string) => readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith(".json")).length;
const pair = { from: "is", to: "en" };

describe("translation disk cache bounds", () => {
  it("keeps at most maxEntries files, dropping the least recently used", async () => {
    const dir = tempDir("bounded-cache-");
    const { translator, asked } = recording();
    const cache = withDiskCache(translator, dir, { maxEntries: 3, maxBytes: 1_000_000 });
    for (const s of ["Einn.", "Tveir.", "Þrír."]) await cache.translate([s], pair);
    await cache.translate(["Einn."], pair); // a hit makes "Einn." the most recent
    await cache.translate(["Fjórir."], pair); // past the bound: "Tveir." is the oldest
    expect(files(dir)).toBe(3);
    asked.length = 0;
    expect(await cache.translate(["Einn.", "Þrír.", "Fjórir."], pair)).toEqual([
      { ok: true, text: "EN Einn." },
      { ok: true, text: "EN Þrír." },
      { ok: true, text: "EN Fjórir." },
    ]);
    expect(asked).toEqual([]);
    await cache.translate(["Tveir."], pair);
    expect(asked).toEqual(["Tveir."]);
  });

  it("keeps the bytes on disk within maxBytes", async () => {
    const dir = tempDir("bounded-cache-");
    const cache = withDiskCache(recording().translator, dir, { maxEntries: 1_000, maxBytes: 2_000 });
    for (let i = 0; i < 40; i++) await cache.translate([`Setning númer ${i} er hér.`], pair);
    expect(cache.stats().bytes).toBeLessThanOrEqual(2_000);
    expect(files(dir)).toBe(cache.stats().entries);
    expect(files(dir)).toBeLessThan(40);
  });

  it("on restart finds what is on disk and still holds the bound", async () => {
    const dir = tempDir("bounded-cache-");
    const first = withDiskCache(recording().translator, dir, { maxEntries: 10, maxBytes: 1_000_000 });
    for (let i = 0; i < 10; i++) await first.translate([`Orð ${i}.`], pair);
    const { translator, asked } = recording();
    const second = withDiskCache(translator, dir, { maxEntries: 4, maxBytes: 1_000_000 });
    await second.translate(["Orð 9."], pair);
    expect(asked).toEqual([]);
    expect(files(dir)).toBe(4);
  });
});
