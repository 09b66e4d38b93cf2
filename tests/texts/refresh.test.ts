import "fake-indexeddb/auto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { computeAnalysisVersion } from "@/lib/analysis/version";
import type { ReaderDocument } from "@/lib/reader/types";
import { analysisFreshness } from "@/lib/texts/analysis-freshness";
import { runImport } from "@/lib/texts/import-client";
import { resumeImport } from "@/lib/texts/import-resume";
import { refreshAnalysis } from "@/lib/texts/refresh";
import { droppedEntries, mergeRefreshed, refreshRequest, storedTranslation } from "@/lib/texts/refresh-merge";
import { mergeWithNext } from "@/lib/texts/rows";
import { openTextStore, type TextStore } from "@/lib/texts/store-idb";
import { importRoute } from "../support/import-route";

/**
 * Updating a stored text's analysis, against the real POST /api/import (with lemma-is, as on a
 * server without Python) and a real IndexedDB (fake-indexeddb): what the learner owns stays, and a
 * failed update writes nothing.
 */
const TEXT = "Hundurinn hljóp yfir túnið. Kötturinn svaf í glugganum.\n\nVeðrið var gott í dag. Börnin léku sér úti.";
const TRANSLATION = "The dog ran across the field. The cat slept in the window.\n\nThe weather was good today. The children played outside.";

afterEach(() => {
  vi.unstubAllEnvs();
});

async function documentOf(store: TextStore, id: string): Promise<ReaderDocument> {
  const result = await store.get(id);
  if (result.status !== "found") throw new Error(result.status);
  return result.document;
}

/** A text imported as the import page does, then aged: another analysis's stamp and a gloss that analysis got wrong. */
async function storedOld(store: TextStore, send: typeof fetch, id: string, stamp: ReaderDocument["analysis"]) {
  expect(await runImport({ request: { title: "Dýrin", text: TEXT, translation: TRANSLATION }, id, sink: store, fetch: send })).toEqual({ kind: "done", id });
  const fresh = await documentOf(store, id);
  expect(fresh.analysis).toEqual({ version: computeAnalysisVersion(), engine: "lemma-is" });
  await store.update(id, (document) => {
    const { analysis: _fresh, ...rest } = document;
    void _fresh;
    const glosses = document.glosses.map((entry) => (entry.lemma === "hundur" ? { ...entry, id: "hundurinn:noun", lemma: "hundurinn", meanings: [{ text: "OLD GLOSS", source: "wiktionary" as const }] } : entry));
    return { ...rest, ...(stamp && { analysis: stamp }), glosses, title: { is: "Mín saga", en: "" } };
  });
  // The learner merged the first two rows and corrected the English of the third.
  await store.update(id, (document) => mergeWithNext(document, "p1.s1"));
  await store.update(id, (document) => ({
    ...document,
    paragraphs: document.paragraphs.map((paragraph) => ({
      ...paragraph,
      sentences: paragraph.sentences.map((sentence) => (sentence.id === "p2.s1" ? { ...sentence, en: "The weather was fine today." } : sentence)),
    })),
  }));
  return documentOf(store, id);
}

const lemmaOf = (document: ReaderDocument, form: string) => {
  for (const paragraph of document.paragraphs)
    for (const sentence of paragraph.sentences)
      for (const token of sentence.tokens)
        if (sentence.is.slice(token.start, token.end) === form && token.gloss !== undefined) return document.glosses[token.gloss];
  return undefined;
};

describe("updating a stored text's analysis", () => {
  it("replaces the glosses and keeps the id, the title, the English and the learner's rows", async () => {
    const server = await importRoute("10.9.0");
    const store = await openTextStore();
    const old = await storedOld(store, server.send, "keep-me", { version: "0ld0ld0ld0ld", engine: "lemma-is" });
    expect(lemmaOf(old, "Hundurinn")?.meanings[0]?.text).toBe("OLD GLOSS");

    const outcome = await refreshAnalysis("keep-me", undefined, server.send);
    expect(outcome).toEqual({ kind: "done", id: "keep-me", dropped: ["hundurinn:noun"] });

    // Sent: the same Icelandic, as first imported, with the English the text has now (no machine translation).
    expect(server.requests.at(-1)).toEqual({ title: "Mín saga", text: TEXT, translation: "The dog ran across the field. The cat slept in the window.\n\nThe weather was fine today. The children played outside." });

    const updated = await documentOf(store, "keep-me");
    expect(updated.id).toBe("keep-me");
    expect(updated.title).toEqual({ is: "Mín saga", en: "" });
    expect(updated.analysis).toEqual({ version: computeAnalysisVersion(), engine: "lemma-is" });
    expect(lemmaOf(updated, "Hundurinn")?.lemma).toBe("hundur");
    expect(lemmaOf(updated, "Hundurinn")?.meanings[0]?.text).not.toBe("OLD GLOSS");
    const sentences = updated.paragraphs.flatMap((paragraph) => paragraph.sentences);
    expect(sentences.map((sentence) => [sentence.en, sentence.alignment.joined ?? false])).toEqual(
      old.paragraphs.flatMap((paragraph) => paragraph.sentences).map((sentence) => [sentence.en, sentence.alignment.joined ?? false]),
    );
    expect(sentences[1]?.alignment.joined).toBe(true);
    expect(sentences[2]?.en).toBe("The weather was fine today.");
    expect(await store.meta("keep-me")).toMatchObject({ state: "done", pending: [] });
    // The library reads the stamp without opening the document.
    expect((await store.list()).find((text) => text.id === "keep-me")?.analysis).toEqual(updated.analysis);
    store.close();
  });

  it("refuses to replace a text of unknown analysis with lemmas only, and leaves it untouched", async () => {
    const server = await importRoute("10.9.0");
    const store = await openTextStore();
    const old = await storedOld(store, server.send, "better-already", undefined);
    expect(await refreshAnalysis("better-already", undefined, server.send)).toEqual({ kind: "failed", reason: "unavailable" });
    expect(await documentOf(store, "better-already")).toEqual(old);
    store.close();
  });

  it.each([
    ["the server is busy (503)", "busy", async () => Response.json({ error: "busy" }, { status: 503 })],
    ["the client is rate-limited (429)", "busy", async () => Response.json({ error: "rate-limited" }, { status: 429 })],
    ["the server fails (500, not JSON)", "server", async () => new Response("Internal Server Error", { status: 500 })],
    ["the browser is offline", "network", async () => Promise.reject(new TypeError("Failed to fetch"))],
  ] as const)("writes nothing when %s", async (_name, reason, answer) => {
    const server = await importRoute("10.9.0");
    const store = await openTextStore();
    const id = `fails-${reason}-${Math.random()}`;
    const old = await storedOld(store, server.send, id, { version: "0ld0ld0ld0ld", engine: "lemma-is" });
    const metaBefore = await store.meta(id);
    expect(await refreshAnalysis(id, undefined, answer as unknown as typeof fetch)).toEqual({ kind: "failed", reason });
    expect(await documentOf(store, id)).toEqual(old);
    expect(await store.meta(id)).toEqual(metaBefore);
    store.close();
  });

  it("writes nothing when the stream breaks after some paragraphs (the tab closed, the connection dropped)", async () => {
    const server = await importRoute("10.9.0");
    const store = await openTextStore();
    const old = await storedOld(store, server.send, "cut", { version: "0ld0ld0ld0ld", engine: "lemma-is" });
    const cut = (async (url: string, init: RequestInit) => {
      const response = await server.send(url, init);
      const lines = (await response.text()).split("\n").filter(Boolean);
      return new Response(`${lines.slice(0, 2).join("\n")}\n`, { headers: response.headers });
    }) as typeof fetch;
    expect(await refreshAnalysis("cut", undefined, cut)).toEqual({ kind: "failed", reason: "stopped" });
    expect(await documentOf(store, "cut")).toEqual(old);
    store.close();
  });

  it("does not run on a text whose first import has not finished", async () => {
    const server = await importRoute("10.9.0");
    const store = await openTextStore();
    await storedOld(store, server.send, "half", { version: "0ld0ld0ld0ld", engine: "lemma-is" });
    await store.update("half", (document) => document, { state: "failed", pending: [1] });
    expect(await refreshAnalysis("half", undefined, server.send)).toEqual({ kind: "failed", reason: "pending" });
    expect(await refreshAnalysis("nowhere", undefined, server.send)).toEqual({ kind: "failed", reason: "missing" });
    store.close();
  });
});

describe("what is sent and what is kept", () => {
  it("rebuilds the Icelandic from the sentences when the row has no record of what was imported", async () => {
    const server = await importRoute("10.9.0");
    const store = await openTextStore();
    const old = await storedOld(store, server.send, "no-source", undefined);
    expect(refreshRequest(old, undefined).text).toBe(TEXT);
    expect(refreshRequest(old, { title: "x", text: "as pasted" }).text).toBe("as pasted");
    store.close();
  });

  it("sends no translation for a text without English", async () => {
    const server = await importRoute("10.9.0");
    const store = await openTextStore();
    expect(await runImport({ request: { title: "Án ensku", text: TEXT }, id: "no-english", sink: store, fetch: server.send })).toEqual({ kind: "done", id: "no-english" });
    const document = await documentOf(store, "no-english");
    expect(storedTranslation(document)).toBe("");
    expect(refreshRequest(document, undefined)).toEqual({ title: "Án ensku", text: TEXT });
    store.close();
  });

  it("when the new analysis splits the sentences differently, takes its alignment of the same English, and a machine translation stays labelled machine", async () => {
    const server = await importRoute("10.9.0");
    const store = await openTextStore();
    expect(await runImport({ request: { title: "a", text: TEXT, translation: TRANSLATION }, id: "split-a", sink: store, fetch: server.send })).toEqual({ kind: "done", id: "split-a" });
    const oneParagraph = TEXT.replace("\n\n", " ");
    expect(await runImport({ request: { title: "b", text: oneParagraph, translation: TRANSLATION.replace("\n\n", " ") }, id: "split-b", sink: store, fetch: server.send })).toEqual({ kind: "done", id: "split-b" });
    const current = await documentOf(store, "split-a");
    const machine: ReaderDocument = {
      ...current,
      paragraphs: current.paragraphs.map((paragraph) => ({ ...paragraph, sentences: paragraph.sentences.map((sentence) => ({ ...sentence, alignment: { ...sentence.alignment, translation: "machine" } })) })),
    };
    const fresh = await documentOf(store, "split-b");
    const merged = mergeRefreshed(machine, fresh);
    expect(merged.id).toBe("split-a");
    expect(merged.title).toEqual(current.title);
    expect(merged.paragraphs).toHaveLength(1);
    expect(merged.paragraphs[0]?.sentences.map((sentence) => sentence.en)).toEqual(fresh.paragraphs[0]?.sentences.map((sentence) => sentence.en));
    expect(new Set(merged.paragraphs[0]?.sentences.map((sentence) => sentence.alignment.translation))).toEqual(new Set(["machine"]));
    expect(mergeRefreshed(current, fresh).paragraphs[0]?.sentences[0]?.alignment.translation).toBe("reviewed");
    store.close();
  });

  it("names the entries a refresh leaves behind, and none when nothing changed", async () => {
    const server = await importRoute("10.9.0");
    const store = await openTextStore();
    expect(await runImport({ request: { title: "a", text: TEXT }, id: "same", sink: store, fetch: server.send })).toEqual({ kind: "done", id: "same" });
    const document = await documentOf(store, "same");
    expect(droppedEntries(document, document)).toEqual([]);
    const renamed = { ...document, glosses: document.glosses.map((entry) => (entry.id === "köttur:noun" ? { ...entry, id: "kötturinn:noun" } : entry)) };
    expect(droppedEntries(renamed, document)).toEqual(["kötturinn:noun"]);
    store.close();
  });
});

describe("the stamp of a text whose import stopped and was finished later", () => {
  it("keeps the version of its first part when a server with another version finished it, so it counts as older", async () => {
    const server = await importRoute("10.9.0");
    const store = await openTextStore();
    const cut = (async (url: string, init: RequestInit) => {
      const response = await server.send(url, init);
      const lines = (await response.text()).split("\n").filter(Boolean);
      return new Response(`${lines.slice(0, 2).join("\n")}\n`, { headers: response.headers });
    }) as typeof fetch;
    expect(await runImport({ request: { title: "Hálft", text: TEXT }, id: "half-old", sink: store, fetch: cut })).toEqual({ kind: "stopped", id: "half-old", code: "analysis-failed" });
    const version = computeAnalysisVersion();
    expect((await documentOf(store, "half-old")).analysis).toEqual({ version, engine: "lemma-is" });

    // Finished by the same server after an update of its analysis: its `done` names another version.
    const newer = (async (url: string, init: RequestInit) => {
      const response = await server.send(url, init);
      return new Response((await response.text()).replaceAll(`"version":"${version}"`, '"version":"a1a1a1a1a1a1"'), { headers: response.headers });
    }) as typeof fetch;
    expect(await resumeImport("half-old", undefined, newer)).toEqual({ kind: "done", id: "half-old" });
    const finished = await documentOf(store, "half-old");
    expect(finished.analysis).toEqual({ version, engine: "lemma-is" });
    expect(analysisFreshness(finished.analysis, { version: "a1a1a1a1a1a1", engine: "greynir" })).toBe("older");
    store.close();
  });
});
