import { describe, expect, it } from "vitest";
import { AnalysisBusyError, AnalysisTimeoutError } from "@/lib/analysis/errors";
import { createLemmaIsAnalyzer } from "@/lib/analysis/lemma-is-analyzer";
import type { Analyzer } from "@/lib/analysis/types";
import { createRateLimiter } from "@/lib/http/rate-limit";
import { lemmaIs } from "@/lib/lemma/lemma-is";
import { applyImportEvent, type ImportEvent } from "@/lib/texts/import-protocol";
import { createImportHandler, importTitle } from "@/lib/texts/import-handler";

// The analyser is replaced only to make it fail or be busy on cue; what is under test is the handler.
const real = createLemmaIsAnalyzer(lemmaIs());
const TEXT = "Hann fór í bæinn.\n\nHún fór í búðina.\n\nÞau komu heim.";

function handler(analyzer: Analyzer, translate?: (sentences: readonly string[]) => Promise<string[]>) {
  return createImportHandler({
    limiter: createRateLimiter({ capacity: 100, perMinute: 100 }),
    proxies: 0,
    newId: () => "00000000-0000-4000-8000-000000000000",
    pipeline: () => ({ analyzer, meaningsOf: () => ({ meanings: [] }), machine: Boolean(translate), ...(translate && { translate }) }),
  });
}

const post = (body: unknown) =>
  new Request("http://localhost/api/import", {
    method: "POST",
    headers: { host: "localhost", "sec-fetch-site": "same-origin", "content-type": "application/json" },
    body: JSON.stringify(body),
  });

const read = async (response: Response) => (await response.text()).split("\n").filter(Boolean).map((line) => JSON.parse(line) as ImportEvent);

describe("the import stream", () => {
  it("refuses with 503 busy, before starting, when the worker's queue is full", async () => {
    const busy: Analyzer = { analyze: () => Promise.reject(new AnalysisBusyError(16)) };
    const response = await handler(busy)(post({ title: "x", text: TEXT }));
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("10");
    expect(await response.json()).toEqual({ error: "busy" });
  });

  it("ends with failed where the analysis timed out, keeping the paragraphs before it", async () => {
    let calls = 0;
    const flaky: Analyzer = {
      analyze: (text, options) => (++calls === 2 ? new Promise((_, reject) => setTimeout(() => reject(new AnalysisTimeoutError(30_000)), 5)) : real.analyze(text, options)),
    };
    const response = await handler(flaky)(post({ title: "x", text: TEXT }));
    expect(response.status).toBe(200);
    const events = await read(response);
    expect(events.map((e) => e.type)).toEqual(["started", "paragraph", "failed"]);
    expect(events[2]).toEqual({ type: "failed", code: "analysis-timeout", index: 1 });
    const started = events[0]!;
    if (started.type !== "started") throw new Error("started expected");
    const document = events.reduce(applyImportEvent, started.document);
    expect(document.paragraphs[0]!.sentences[0]!.tokens.some((t) => t.gloss !== undefined)).toBe(true);
    expect(document.paragraphs[1]!.sentences[0]!.tokens.every((t) => t.gloss === undefined)).toBe(true);
  });

  it("translates paragraph by paragraph through a configured provider when nothing was pasted", async () => {
    const asked: string[][] = [];
    const translate = async (sentences: readonly string[]) => {
      asked.push([...sentences]);
      return sentences.map((s) => `EN: ${s}`);
    };
    const events = await read(await handler(real, translate)(post({ title: "x", text: TEXT })));
    expect(asked).toEqual([["Hann fór í bæinn."], ["Hún fór í búðina."], ["Þau komu heim."]]);
    const paragraph = events.find((e) => e.type === "paragraph" && e.index === 1);
    if (paragraph?.type !== "paragraph") throw new Error("paragraph expected");
    expect(paragraph.paragraph.sentences[0]).toMatchObject({ en: "EN: Hún fór í búðina.", alignment: { translation: "machine" } });
  });

  it("keeps a pasted translation rather than asking the provider", async () => {
    let asked = 0;
    const translate = async (sentences: readonly string[]) => {
      asked++;
      return sentences.map(() => "machine");
    };
    const events = await read(await handler(real, translate)(post({ title: "x", text: "Hann fór heim.", translation: "He went home." })));
    expect(asked).toBe(0);
    const started = events[0];
    if (started?.type !== "started") throw new Error("started expected");
    expect(started.document.paragraphs[0]!.sentences[0]).toMatchObject({ en: "He went home.", alignment: { translation: "reviewed" } });
  });

  it("titles a text by its first line when the title is blank, and cuts long titles", () => {
    expect(importTitle("  ", "\nFyrsta lína\nÖnnur")).toBe("Fyrsta lína");
    expect(importTitle("Á".repeat(300), "x")).toHaveLength(201);
  });
});
