import "fake-indexeddb/auto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { runImport } from "@/lib/texts/import-client";
import { resumeImport } from "@/lib/texts/import-resume";
import { openTextStore } from "@/lib/texts/store-idb";
import { importRoute } from "../support/import-route";

/**
 * Two tabs both offer "Finish the analysis" on the same stopped text until one of them has
 * written; a learner may press it in both. The second must finish nothing twice.
 */
const TEXT = "Hermennirnir fóru í herstöðina í gær.\n\nDróninn var skotinn niður á flugvellinum. Enginn særðist í árásinni.";

/** Web Locks as a browser has them, for one process: requests for a name run one after another. */
function installLocks() {
  const tails = new Map<string, Promise<unknown>>();
  const locks = {
    request: (name: string, work: () => Promise<unknown>) => {
      const run = (tails.get(name) ?? Promise.resolve()).then(work, work);
      tails.set(name, run.catch(() => undefined));
      return run;
    },
    query: async () => ({ held: [] }),
  };
  vi.stubGlobal("navigator", { locks });
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
});

describe("resuming a stopped import", () => {
  it("pressed in two tabs at once, finishes the text once: the second finds nothing left to do", async () => {
    installLocks();
    const server = await importRoute("10.7.0");
    // An import whose connection broke after its first paragraph.
    const cut = (async (url: string, init: RequestInit) => {
      const response = await server.send(url, init);
      const lines = (await response.text()).split("\n").filter(Boolean);
      return new Response(`${lines.slice(0, 2).join("\n")}\n`, { headers: response.headers });
    }) as typeof fetch;
    const store = await openTextStore();
    async function stopped(id: string) {
      expect(await runImport({ request: { title: "Tvær efnisgreinar", text: TEXT }, id, sink: store, fetch: cut })).toEqual({ kind: "stopped", id, code: "analysis-failed" });
      expect((await store.meta(id))?.pending).toEqual([1]);
    }
    async function documentOf(id: string) {
      const result = await store.get(id);
      if (result.status !== "found") throw new Error(result.status);
      return result.document;
    }

    // One tab: the text as a single resume finishes it.
    await stopped("once");
    expect(await resumeImport("once", undefined, server.send)).toEqual({ kind: "done", id: "once" });
    const once = await documentOf("once");

    // Two tabs at once: one request, and the same text.
    await stopped("twice");
    const before = server.requests.length;
    const both = await Promise.all([resumeImport("twice", undefined, server.send), resumeImport("twice", undefined, server.send)]);
    expect(both).toEqual([
      { kind: "done", id: "twice" },
      { kind: "done", id: "twice" },
    ]);
    expect(server.requests.length - before).toBe(1);
    const twice = await documentOf("twice");
    expect((await store.meta("twice"))?.pending).toEqual([]);
    store.close();
    expect(twice.glosses).toEqual(once.glosses);
    expect(twice.paragraphs).toEqual(once.paragraphs);
  });
});
