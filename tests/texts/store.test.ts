import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { generateDocument } from "@/lib/reader/generate";
import { openTextStore, TEXTS_DB_NAME, TEXTS_DB_VERSION, TEXTS_STORE } from "@/lib/texts/store-idb";
import { storeDocument, TEXTS_DB } from "../../scripts/bench/store-document";

describe("the IndexedDB store of reader documents", () => {
  it("keeps a document across reopening and gives it back checked", async () => {
    const document = generateDocument({ id: "kept", words: 200 });
    const first = await openTextStore();
    await first.put(document);
    first.close();
    const again = await openTextStore();
    expect(await again.get("kept")).toEqual({ status: "found", document });
    expect((await again.list()).map((row) => row.id)).toEqual(["kept"]);
    await again.delete("kept");
    expect(await again.get("kept")).toEqual({ status: "missing" });
    again.close();
  });

  it("refuses a stored row that is not a document it can render, and says why", async () => {
    await storeDocument({ db: TEXTS_DB, document: { id: "broken" } });
    const store = await openTextStore();
    const result = await store.get("broken");
    expect(result.status).toBe("invalid");
    expect(result.status === "invalid" && result.problem).toMatch(/version/);
    store.close();
  });

  it("reads what the test and bench helper stores (same database, version and object store)", async () => {
    expect(TEXTS_DB).toEqual({ name: TEXTS_DB_NAME, version: TEXTS_DB_VERSION, store: TEXTS_STORE });
    const document = generateDocument({ id: "seeded", words: 50 });
    await storeDocument({ db: TEXTS_DB, document });
    const store = await openTextStore();
    expect(await store.get("seeded")).toEqual({ status: "found", document });
    store.close();
  });
});

describe("storage errors", () => {
  it("reports a full disk as storage-full, so the interface can say so", async () => {
    const { TextStore } = await import("@/lib/texts/store-idb");
    // A database that refuses every write the way a browser does when its quota is used up.
    const full = {
      transaction() {
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      },
    } as unknown as ConstructorParameters<typeof TextStore>[0];
    await expect(new TextStore(full).put(generateDocument({ id: "big", words: 10 }))).rejects.toMatchObject({ code: "storage-full" });
  });
});

describe("links to stored texts", () => {
  it("put the id in the query, encoded, so any id reaches the client route intact", async () => {
    const { storedTextHref } = await import("@/lib/texts/links");
    const href = storedTextHref("is", "frétt um Ísland & fleira");
    expect(href).toBe("/is/read/local?id=fr%C3%A9tt%20um%20%C3%8Dsland%20%26%20fleira");
    expect(new URL(href, "http://x").searchParams.get("id")).toBe("frétt um Ísland & fleira");
  });
});
