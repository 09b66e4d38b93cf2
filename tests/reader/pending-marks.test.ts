import { describe, expect, it } from "vitest";
import { applyPendingMarks } from "@/lib/reader/apply-pending-marks";
import { MAX_PENDING_MARKS, PENDING_MARK_MAX_AGE_MS, parsePendingMarks, stalePendingMarks, withoutPendingMarks, withPendingMark, type PendingMark } from "@/lib/reader/pending-marks";
import { tokenElementId } from "@/lib/reader/types";
import { MemoryStore } from "@/lib/vocab/store";
import { firstArticle } from "../support/article";

const URL = "/documents/drone-attack-anbar.json";
const mark = (termId: string, extra: Partial<PendingMark> = {}): PendingMark => ({ url: URL, termId, at: "2026-12-07T18:00:00.000Z", ...extra });

/** The element id of the first token whose text is `form` (the reader's term ids). */
async function termOf(form: string) {
  const { document } = await firstArticle();
  for (const sentence of document.paragraphs.flatMap((p) => p.sentences)) {
    const index = sentence.tokens.findIndex((t) => sentence.is.slice(t.start, t.end) === form);
    if (index >= 0) return { document, termId: tokenElementId(sentence.id, index), sentence };
  }
  throw new Error(`no ${form} in the article`);
}

describe("pending marks as they are kept in storage", () => {
  it("reads back what was written, and leaves out anything malformed without throwing", () => {
    const good = [mark("p1.s1.t2"), mark("p1.s1.t3", { status: "known" })];
    expect(parsePendingMarks(JSON.stringify(good))).toEqual(good);
    expect(parsePendingMarks(null)).toEqual([]);
    expect(parsePendingMarks("{not json")).toEqual([]);
    expect(parsePendingMarks(JSON.stringify({ url: URL }))).toEqual([]);
    const bad = [{ ...mark("a"), status: "fluent" }, { ...mark("b"), at: "yesterday" }, { ...mark(""), termId: "" }, { termId: "c", at: mark("c").at }, 7, null];
    expect(parsePendingMarks(JSON.stringify([...bad, good[0]]))).toEqual([good[0]]);
  });

  it("finds the marks too old to keep trying", () => {
    const now = Date.parse("2026-12-30T00:00:00.000Z");
    const old = mark("p1.s1.t2", { at: new Date(now - PENDING_MARK_MAX_AGE_MS - 1000).toISOString() });
    const recent = mark("p1.s1.t3", { at: new Date(now - 60_000).toISOString() });
    expect(stalePendingMarks([old, recent], now)).toEqual([old]);
  });

  it("keeps at most MAX_PENDING_MARKS, the newest", () => {
    let marks: PendingMark[] = [];
    for (let i = 0; i < MAX_PENDING_MARKS + 5; i++) marks = withPendingMark(marks, mark(`p1.s1.t${i + 1}`));
    expect(marks).toHaveLength(MAX_PENDING_MARKS);
    expect(marks.at(-1)?.termId).toBe(`p1.s1.t${MAX_PENDING_MARKS + 5}`);
    expect(marks[0]?.termId).toBe("p1.s1.t6");
  });

  it("keeps one mark per word: a later status replaces an earlier one, and S after a status keeps the status", () => {
    const two = withPendingMark([mark("p1.s1.t2", { status: "learning-2" })], mark("p1.s1.t2", { status: "known", at: "2026-12-07T18:00:01.000Z" }));
    expect(two).toEqual([mark("p1.s1.t2", { status: "known", at: "2026-12-07T18:00:01.000Z" })]);
    const saveAfter = withPendingMark(two, mark("p1.s1.t2", { at: "2026-12-07T18:00:02.000Z" }));
    expect(saveAfter).toEqual([mark("p1.s1.t2", { status: "known", at: "2026-12-07T18:00:02.000Z" })]);
    // Another document's word with the same id is another word.
    expect(withPendingMark(two, mark("p1.s1.t2", { url: "/documents/other.json" }))).toHaveLength(2);
  });

  it("takes out only the marks finished, not a newer key pressed on the same word meanwhile", () => {
    const first = mark("p1.s1.t2");
    const newer = mark("p1.s1.t2", { status: "learning-1", at: "2026-12-07T18:00:05.000Z" });
    const other = mark("p1.s1.t3");
    expect(withoutPendingMarks([newer, other], [first])).toEqual([newer, other]);
    expect(withoutPendingMarks([first, other], [first])).toEqual([other]);
  });
});

describe("applying pending marks to the vocabulary", () => {
  it("saves the word with its lemma, form and sentence, at the time the key was pressed", async () => {
    const { document, termId, sentence } = await termOf("sprengjudrónum");
    const store = new MemoryStore();
    const finished = await applyPendingMarks(store, document, [mark(termId)]);
    expect(finished).toEqual([mark(termId)]);
    const [word] = await store.all();
    expect(word?.lemma).toBe("sprengjudróni");
    expect(word?.createdAt).toBe("2026-12-07T18:00:00.000Z");
    expect(word?.contexts[0]?.is).toBe(sentence.is);
    expect(word?.contexts[0]?.form).toBe("sprengjudrónum");
  });

  it("gives a status, saving first, and leaves an already saved word's status alone on a plain save", async () => {
    const { document, termId } = await termOf("sprengjudrónum");
    const store = new MemoryStore();
    await applyPendingMarks(store, document, [mark(termId, { status: "learning-2" })]);
    expect((await store.all()).map((w) => w.status)).toEqual(["learning-2"]);
    await applyPendingMarks(store, document, [mark(termId, { at: "2026-12-07T18:01:00.000Z" })]);
    expect((await store.all()).map((w) => w.status)).toEqual(["learning-2"]);
  });

  it("leaves a word the learner changed after the key was pressed as the learner left it", async () => {
    const { document, termId } = await termOf("sprengjudrónum");
    const store = new MemoryStore();
    // Learning 3 at 18:00:05 on the loaded page; the pending "learning 2" was pressed at 18:00:00.
    await applyPendingMarks(store, document, [mark(termId, { status: "learning-3", at: "2026-12-07T18:00:05.000Z" })]);
    const finished = await applyPendingMarks(store, document, [mark(termId, { status: "learning-2" })]);
    expect(finished).toHaveLength(1);
    const [word] = await store.all();
    expect(word?.status).toBe("learning-3");
    expect(word?.updatedAt).toBe("2026-12-07T18:00:05.000Z");
  });

  it("finishes a mark whose word is not in this version of the document without saving anything", async () => {
    const { document } = await termOf("sprengjudrónum");
    const store = new MemoryStore();
    const gone = mark("p99.s1.t1");
    expect(await applyPendingMarks(store, document, [gone])).toEqual([gone]);
    expect(await store.all()).toEqual([]);
  });

  it("leaves the marks unfinished when the store refuses the write", async () => {
    const { document, termId } = await termOf("sprengjudrónum");
    const store = new MemoryStore();
    store.update = () => Promise.reject(new Error("QuotaExceededError"));
    await expect(applyPendingMarks(store, document, [mark(termId)])).rejects.toThrow("QuotaExceededError");
  });
});
