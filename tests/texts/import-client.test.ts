import { describe, expect, it } from "vitest";
import { createLemmaIsAnalyzer } from "@/lib/analysis/lemma-is-analyzer";
import { createRateLimiter } from "@/lib/http/rate-limit";
import { lemmaIs } from "@/lib/lemma/lemma-is";
import { documentProblem } from "@/lib/reader/check";
import type { ReaderDocument } from "@/lib/reader/types";
import { runImport, type ImportProgress, type ImportSink } from "@/lib/texts/import-client";
import { createImportHandler } from "@/lib/texts/import-handler";
import type { TextMeta } from "@/lib/texts/store-idb";

// The real route handler (with the lemma-is analyser) stands in for the server; what is under test is the client.
const handler = createImportHandler({
  limiter: createRateLimiter({ capacity: 100, perMinute: 100 }),
  proxies: 0,
  pipeline: () => ({ analyzer: createLemmaIsAnalyzer(lemmaIs()), meaningsOf: () => ({ meanings: [] }), machine: false }),
});
const serverFetch: typeof fetch = (input, init) =>
  handler(new Request(`http://localhost${String(input)}`, { ...init, headers: { host: "localhost", "sec-fetch-site": "same-origin", "content-type": "application/json" } }));

/** An in-memory store of one text, writing as the IndexedDB store does: changes apply to the stored row. */
function recorder() {
  const writes: { document: ReaderDocument; meta: Partial<TextMeta> }[] = [];
  let row: { document: ReaderDocument; source?: unknown } | undefined;
  const sink: ImportSink = {
    create: async (document, meta, source) => {
      row = { document, source };
      writes.push({ document, meta });
    },
    update: async (_id, change, meta) => {
      if (!row) return false;
      row = { ...row, document: change(row.document) };
      writes.push({ document: row.document, meta });
      return true;
    },
  };
  return {
    writes,
    sink,
    stored: () => row,
    /** What the learner does in another tab between two writes of the import. */
    edit: (change: (document: ReaderDocument) => ReaderDocument) => {
      if (row) row = { ...row, document: change(row.document) };
    },
  };
}

const TEXT = "Hann fór í bæinn. Hún fór heim.\n\nÞau komu seint.\n\nVeðrið var gott.";

describe("runImport", () => {
  it("stores the document after it starts and after each paragraph, under the browser's id and the learner's title", async () => {
    const { writes, sink } = recorder();
    const progress: ImportProgress[] = [];
    const outcome = await runImport({ request: { title: "Mín saga", text: TEXT }, id: "import-1", sink, fetch: serverFetch, writeEveryMs: 0, onProgress: (p) => progress.push(p) });
    expect(outcome).toEqual({ kind: "done", id: "import-1" });
    expect(writes[0]!.meta).toEqual({ state: "analysing", pending: [0, 1, 2] });
    expect(writes[0]!.document.glosses).toEqual([]);
    expect(writes.at(-1)!.meta).toEqual({ state: "done", pending: [] });
    const last = writes.at(-1)!.document;
    expect(last.id).toBe("import-1");
    expect(last.title.is).toBe("Mín saga");
    expect(last.paragraphs.map((p) => p.sentences.map((s) => s.is))).toEqual([["Hann fór í bæinn.", "Hún fór heim."], ["Þau komu seint."], ["Veðrið var gott."]]);
    expect(last.glosses.length).toBeGreaterThan(0);
    expect(progress.map((p) => p.analysed)).toEqual([0, 1, 2, 3, 3]);
  });

  it("reports a refusal with its issues, and stores nothing", async () => {
    const { writes, sink } = recorder();
    const outcome = await runImport({ request: { title: "x", text: "   " }, id: "import-2", sink, fetch: serverFetch });
    expect(outcome.kind).toBe("refused");
    expect(outcome.kind === "refused" && outcome.issues.map((issue) => issue.code)).toEqual(["empty"]);
    expect(writes).toEqual([]);
  });

  it("says the network failed when the server cannot be reached", async () => {
    const { sink } = recorder();
    const down: typeof fetch = () => Promise.reject(new TypeError("Failed to fetch"));
    expect(await runImport({ request: { title: "x", text: TEXT }, id: "import-3", sink, fetch: down })).toEqual({ kind: "network" });
  });

  it("keeps what arrived when the stream breaks off, marked as stopped", async () => {
    const full = await (await serverFetch("/api/import", { method: "POST", body: JSON.stringify({ title: "x", text: TEXT }) })).text();
    const firstTwo = full.split("\n").slice(0, 2).join("\n") + "\n";
    let pulls = 0;
    const cut: typeof fetch = async () =>
      new Response(
        new ReadableStream<Uint8Array>({
          pull(controller) {
            // First the events that made it, then the connection drops.
            if (pulls++ === 0) controller.enqueue(new TextEncoder().encode(firstTwo));
            else controller.error(new Error("connection reset"));
          },
        }),
        { headers: { "content-type": "application/x-ndjson" } },
      );
    const { writes, sink } = recorder();
    const outcome = await runImport({ request: { title: "x", text: TEXT }, id: "import-4", sink, fetch: cut, writeEveryMs: 0 });
    expect(outcome).toEqual({ kind: "stopped", id: "import-4", code: "analysis-failed" });
    expect(writes.at(-1)!.meta).toEqual({ state: "failed", pending: [1, 2] });
  });

  it("keeps what the learner changes in the stored text while its paragraphs are being written", async () => {
    const recording = recorder();
    const renaming: ImportSink = {
      ...recording.sink,
      update: async (id, change, meta) => {
        recording.edit((d) => ({ ...d, title: { ...d.title, is: "Nýr titill" } }));
        return recording.sink.update(id, change, meta);
      },
    };
    expect(await runImport({ request: { title: "Gamall", text: TEXT }, id: "import-6", sink: renaming, fetch: serverFetch, writeEveryMs: 0 })).toEqual({ kind: "done", id: "import-6" });
    const last = recording.stored()!.document;
    expect(last.title.is).toBe("Nýr titill");
    expect(last.glosses.length).toBeGreaterThan(0);
  });

  it("finishes a stopped import: only the pending paragraphs are analysed again, onto the stored text", async () => {
    const full = await (await serverFetch("/api/import", { method: "POST", body: JSON.stringify({ title: "x", text: TEXT }) })).text();
    const firstTwo = full.split("\n").slice(0, 2).join("\n") + "\n";
    const cut: typeof fetch = async () => new Response(firstTwo, { headers: { "content-type": "application/x-ndjson" } });
    const recording = recorder();
    const stopped = await runImport({ request: { title: "Saga", text: TEXT }, id: "import-7", sink: recording.sink, fetch: cut, writeEveryMs: 0 });
    expect(stopped).toEqual({ kind: "stopped", id: "import-7", code: "analysis-failed" });
    expect(recording.stored()!.source).toEqual({ title: "Saga", text: TEXT });
    const before = recording.stored()!.document;
    const firstParagraph = before.paragraphs[0];

    const requests: unknown[] = [];
    const watching: typeof fetch = (input, init) => {
      requests.push(JSON.parse(String(init?.body)));
      return serverFetch(input, init);
    };
    const resumed = await runImport({
      request: { title: "Saga", text: TEXT, resume: { paragraphs: [1, 2], glossBase: before.glosses.length } },
      id: "import-7",
      sink: recording.sink,
      stored: before,
      fetch: watching,
      writeEveryMs: 0,
    });
    expect(resumed).toEqual({ kind: "done", id: "import-7" });
    expect(requests).toHaveLength(1);
    const after = recording.stored()!.document;
    expect(documentProblem(after)).toBeUndefined();
    expect(after.paragraphs[0]).toEqual(firstParagraph);
    // Every word of the finished paragraphs points at an entry for its own form.
    const words = after.paragraphs.slice(1).flatMap((p) => p.sentences.flatMap((s) => s.tokens.filter((t) => t.gloss !== undefined).map((t) => [s.is.slice(t.start, t.end), after.glosses[t.gloss!]!] as const)));
    expect(words.length).toBeGreaterThan(3);
    expect(words.find(([form]) => form === "komu")?.[1].lemma).toBe("koma");
    expect(recording.writes.at(-1)!.meta).toEqual({ state: "done", pending: [] });
  });

  it("writes nothing when a resumed text no longer splits into the stored paragraphs", async () => {
    const recording = recorder();
    await runImport({ request: { title: "Saga", text: TEXT }, id: "import-8", sink: recording.sink, fetch: serverFetch, writeEveryMs: 0 });
    const stored = recording.stored()!.document;
    const writes = recording.writes.length;
    const outcome = await runImport({ request: { title: "Saga", text: "Ein efnisgrein.", resume: { paragraphs: [0], glossBase: 0 } }, id: "import-8", sink: recording.sink, stored, fetch: serverFetch });
    expect(outcome).toEqual({ kind: "stopped", id: "import-8", code: "text-changed" });
    expect(recording.writes).toHaveLength(writes);
  });

  it("answers unavailable to a server error page that is not the protocol", async () => {
    const { sink } = recorder();
    const broken: typeof fetch = async () => new Response("<html>Bad gateway</html>", { status: 502 });
    expect(await runImport({ request: { title: "x", text: TEXT }, id: "import-5", sink, fetch: broken })).toEqual({ kind: "refused", code: "unavailable", issues: [] });
  });
});
