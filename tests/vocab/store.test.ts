import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { VocabError } from "@/lib/vocab/errors";
import { addContext, saveWord, setStatus } from "@/lib/vocab/save";
import { MemoryStore } from "@/lib/vocab/store";
import { openDB } from "idb";
import { openVocabStore } from "@/lib/vocab/store-idb";
import { asV1, at, input } from "./support";

describe("the IndexedDB store", () => {
  it("keeps words across reopening", async () => {
    const first = await openVocabStore();
    expect(first.persistent).toBe(true);
    await first.update("loftvarnakerfi:noun", (w) => saveWord(w, input("loftvarnakerfum", "p1.s2"), at("2026-11-01T00:00:00Z")));
    first.close();
    const again = await openVocabStore();
    expect((await again.all()).map((w) => w.lemma)).toContain("loftvarnakerfi");
    again.close();
  });

  it("lets two tabs change different things without overwriting each other", async () => {
    const tabA = await openVocabStore();
    const tabB = await openVocabStore();
    let heard = 0;
    const unsubscribe = tabA.subscribe(() => heard++);
    await tabA.update("dróni:noun", (w) => saveWord(w, input("dróninn", "p1.s2", { entryId: "dróni:noun", lemma: "dróni" }), at("2026-11-01T00:00:00Z")));
    // Each tab changes the same word from what it reads at that moment, not from a stale copy.
    await Promise.all([
      tabA.update("dróni:noun", (w) => w && setStatus(w, "learning-3", at("2026-11-02T00:00:00Z"))),
      tabB.update("dróni:noun", (w) => w && addContext(w, input("drónanum", "p9.s1", { entryId: "dróni:noun", lemma: "dróni" }), at("2026-11-02T00:00:01Z")).word),
    ]);
    const word = (await tabA.all()).find((w) => w.id === "dróni:noun")!;
    expect(word.status).toBe("learning-3");
    expect(word.contexts.map((c) => c.sentenceId)).toEqual(["p1.s2", "p9.s1"]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(heard).toBeGreaterThanOrEqual(2);
    unsubscribe();
    tabA.close();
    tabB.close();
  });

  it("reports a full disk as storage-full and keeps what was saved", async () => {
    const store = await openVocabStore();
    await store.update("árás:noun", (w) => saveWord(w, input("árásinni", "p2.s1", { entryId: "árás:noun", lemma: "árás" }), at("2026-11-01T00:00:00Z")));
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function () {
      throw new DOMException("quota", "QuotaExceededError");
    };
    try {
      await expect(
        store.update("árás:noun", (w) => w && setStatus(w, "known", at("2026-11-02T00:00:00Z"))),
      ).rejects.toMatchObject({ code: "storage-full" } satisfies Partial<VocabError>);
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    expect((await store.all()).find((w) => w.id === "árás:noun")?.status).toBe("new");
    store.close();
  });

  it("applies a restore's changes all together or not at all", async () => {
    const store = await openVocabStore();
    await store.update("a:noun", (w) => saveWord(w, input("a", "p1.s1", { entryId: "a:noun", lemma: "a" }), at("2026-11-01T00:00:00Z")));
    const failing = new Map([
      ["b:noun", () => saveWord(undefined, input("b", "p1.s1", { entryId: "b:noun", lemma: "b" }), at("2026-11-01T00:00:00Z"))],
      ["a:noun", () => {
        throw new Error("a bad word halfway");
      }],
    ]);
    await expect(store.updateMany(failing)).rejects.toBeInstanceOf(VocabError);
    expect((await store.all()).map((w) => w.id)).not.toContain("b:noun");

    const memory = new MemoryStore();
    await expect(memory.updateMany(failing)).rejects.toThrow("halfway");
    expect(await memory.all()).toEqual([]);

    const fine = new Map([["c:noun", () => saveWord(undefined, input("c", "p1.s1", { entryId: "c:noun", lemma: "c" }), at("2026-11-01T00:00:00Z"))]]);
    await store.updateMany(fine);
    expect((await store.all()).map((w) => w.id)).toContain("c:noun");
    store.close();
  });

  it("reads words stored before review logs existed, upgraded", async () => {
    const db = await openDB("samhlida", 1);
    const word = saveWord(undefined, input("eldflaug", "p1.s1", { entryId: "eldflaug:noun", lemma: "eldflaug" }), at("2026-11-01T00:00:00Z"));
    const old = asV1(word);
    await db.put("words", old);
    db.close();
    const store = await openVocabStore();
    const read = (await store.all()).find((w) => w.id === "eldflaug:noun");
    expect(read).toEqual(word);
    store.close();
  });
});
