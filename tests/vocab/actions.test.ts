import "fake-indexeddb/auto";
import { Rating } from "ts-fsrs";
import { describe, expect, it } from "vitest";
import { addSentence, restore, save, unsave } from "@/lib/vocab/actions";
import { reviewWord } from "@/lib/vocab/schedule";
import { MemoryStore } from "@/lib/vocab/store";
import { openVocabStore } from "@/lib/vocab/store-idb";
import { at, input } from "./support";

describe("the gloss's actions", () => {
  it("un-saves a word and undo puts it back with its contexts and reviews", async () => {
    const store = await openVocabStore();
    await save(store, input("loftvarnakerfum", "p1.s2"), at("2026-11-01T00:00:00Z"));
    await addSentence(store, input("loftvarnakerfin", "p4.s1"), at("2026-11-02T00:00:00Z"));
    await store.update("loftvarnakerfi:noun", (w) => w && reviewWord(w, Rating.Good, at("2026-11-03T00:00:00Z")));
    const before = (await store.all()).find((w) => w.id === "loftvarnakerfi:noun");

    const token = await unsave(store, "loftvarnakerfi:noun");
    expect((await store.all()).some((w) => w.id === "loftvarnakerfi:noun")).toBe(false);
    expect(await unsave(store, "loftvarnakerfi:noun")).toBeUndefined();

    await restore(store, token!);
    expect((await store.all()).find((w) => w.id === "loftvarnakerfi:noun")).toEqual(before);
    store.close();
  });

  it("an undo after the word was saved again keeps both the old history and the new sentence", async () => {
    const store = new MemoryStore();
    await save(store, input("dróninn", "p1.s2", { entryId: "dróni:noun", lemma: "dróni" }), at("2026-11-01T00:00:00Z"));
    await store.update("dróni:noun", (w) => w && reviewWord(w, Rating.Again, at("2026-11-02T00:00:00Z")));
    const token = (await unsave(store, "dróni:noun"))!;
    await save(store, input("drónanum", "p9.s1", { entryId: "dróni:noun", lemma: "dróni" }), at("2026-11-03T00:00:00Z"));
    const back = await restore(store, token);
    expect(back?.contexts.map((c) => c.sentenceId)).toEqual(["p9.s1", "p1.s2"]);
    expect(back?.reviews).toHaveLength(1);
  });

  it("saving an already saved lemma from the reader leaves it alone", async () => {
    const store = new MemoryStore();
    const first = await save(store, input("loftvarnakerfum", "p1.s2"), at("2026-11-01T00:00:00Z"));
    await save(store, input("loftvarnakerfin", "p4.s1"), at("2026-11-02T00:00:00Z"));
    expect(await store.all()).toEqual([first]);
  });

  it("adding a sentence says what it did", async () => {
    const store = new MemoryStore();
    expect((await addSentence(store, input("loftvarnakerfum", "p1.s2"), at("2026-11-01T00:00:00Z"))).outcome).toBe("saved");
    const added = await addSentence(store, input("loftvarnakerfin", "p4.s1"), at("2026-11-02T00:00:00Z"));
    expect(added.outcome).toBe("added");
    expect(added.word?.contexts).toHaveLength(2);
    const again = await addSentence(store, input("loftvarnakerfin", "p4.s1"), at("2026-11-03T00:00:00Z"));
    expect(again.outcome).toBe("already-there");
    expect(again.word).toEqual(added.word);
    expect((await store.all())[0]?.updatedAt).toBe("2026-11-02T00:00:00.000Z");
  });
});

describe("words that cannot be saved", () => {
  it("refuses an id beyond the backup's bounds instead of cutting it", async () => {
    const store = new MemoryStore();
    const long = input("x", "p1.s1", { entryId: `${"x".repeat(100_000)}:noun` });
    expect(await save(store, long)).toBeUndefined();
    expect((await addSentence(store, long)).outcome).toBe("too-long");
    expect(await store.all()).toEqual([]);
  });
});
