import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { VocabError } from "@/lib/vocab/errors";
import { saveWord, setStatus } from "@/lib/vocab/save";
import { openVocabStore } from "@/lib/vocab/store-idb";
import { at, input } from "./support";

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
      tabB.update("dróni:noun", (w) => w && saveWord(w, input("drónanum", "p9.s1", { entryId: "dróni:noun", lemma: "dróni" }), at("2026-11-02T00:00:01Z"))),
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
});
