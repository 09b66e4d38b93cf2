import { describe, expect, it } from "vitest";
import { clearDraft, DRAFT_KEY, readDraft, suggestTitle, writeDraft } from "@/lib/texts/draft";

function memory() {
  const map = new Map<string, string>();
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), removeItem: (k: string) => void map.delete(k), map };
}

describe("the import draft", () => {
  it("gives back exactly what was written, Icelandic and odd characters included", () => {
    const storage = memory();
    const draft = { text: "Þjóðhátíð í Eyjum\n\n<script>x</script> \u202E\u200B\uD800", translation: "The festival", title: "Þjóðhátíð" };
    expect(writeDraft(storage, draft)).toBe(true);
    expect(readDraft(storage)).toEqual(draft);
    clearDraft(storage);
    expect(storage.map.has(DRAFT_KEY)).toBe(false);
  });

  it("reads a broken or foreign value as an empty draft", () => {
    const storage = memory();
    storage.setItem(DRAFT_KEY, "{not json");
    expect(readDraft(storage)).toEqual({ text: "", translation: "", title: "" });
    storage.setItem(DRAFT_KEY, JSON.stringify({ text: 5, title: "T" }));
    expect(readDraft(storage)).toEqual({ text: "", translation: "", title: "T" });
  });

  it("says so when the browser refuses to keep it", () => {
    const full = { getItem: () => null, setItem: () => { throw new DOMException("full", "QuotaExceededError"); }, removeItem: () => undefined };
    expect(writeDraft(full, { text: "a", translation: "", title: "" })).toBe(false);
  });

  it("suggests the first line as the title, cut at a word when long", () => {
    expect(suggestTitle("\n  Eldgos hafið á Reykjanesi \nMeira hér")).toBe("Eldgos hafið á Reykjanesi");
    const long = "Orð ".repeat(40);
    const title = suggestTitle(long);
    expect(title.length).toBeLessThanOrEqual(81);
    expect(title.endsWith("Orð…")).toBe(true);
  });
});
