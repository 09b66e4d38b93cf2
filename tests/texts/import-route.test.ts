import { existsSync } from "node:fs";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { computeAnalysisVersion } from "@/lib/analysis/version";
import { parseReaderDocument } from "@/lib/reader/schema";
import { tokenText, type ReaderDocument } from "@/lib/reader/types";
import { applyImportEvent, type ImportEvent } from "@/lib/texts/import-protocol";

afterEach(() => {
  vi.unstubAllEnvs();
});

async function route(env: Record<string, string> = { SAMHLIDA_ANALYSIS: "lemma-is" }) {
  vi.resetModules();
  for (const [key, value] of Object.entries(env)) vi.stubEnv(key, value);
  return (await import("@/app/api/import/route")).POST;
}

let client = 0;
function post(body: unknown, headers: Record<string, string> = {}): Request {
  client += 1;
  return new Request("http://localhost/api/import", {
    method: "POST",
    headers: { host: "localhost", origin: "http://localhost", "content-type": "application/json", "x-forwarded-for": `10.1.0.${client}`, ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

async function events(response: Response): Promise<ImportEvent[]> {
  expect(response.headers.get("content-type")).toMatch(/^application\/x-ndjson/);
  const lines = (await response.text()).split("\n").filter(Boolean);
  return lines.map((line) => JSON.parse(line) as ImportEvent);
}

function assemble(list: ImportEvent[]): ReaderDocument {
  const started = list[0];
  if (started?.type !== "started") throw new Error("no started event");
  return list.reduce(applyImportEvent, started.document);
}

const TEXT = "Hermennirnir fóru í herstöðina í gær.\n\nDróninn var skotinn niður á flugvellinum. Enginn særðist í árásinni.";
const TRANSLATION = "The soldiers went to the base yesterday.\n\nThe drone was shot down at the airport. Nobody was hurt in the attack.";

describe("POST /api/import: refusals", () => {
  it("refuses another content type, another site, and a body that is not JSON", async () => {
    const POST = await route();
    const wrongType = await POST(post({ title: "", text: TEXT }, { "content-type": "text/plain" }));
    expect(wrongType.status).toBe(415);
    expect(await wrongType.json()).toEqual({ error: "unsupported-media-type" });
    const crossSite = await POST(post({ title: "", text: TEXT }, { origin: "http://evil.example" }));
    expect(crossSite.status).toBe(403);
    expect(await crossSite.json()).toEqual({ error: "forbidden-origin" });
    const badJson = await POST(post('{"title": "x", "text": '));
    expect(badJson.status).toBe(400);
    expect(await badJson.json()).toEqual({ error: "invalid-input" });
    const wrongShape = await POST(post({ title: 5, text: ["Halló"] }));
    expect(wrongShape.status).toBe(400);
  });

  it("stops reading a streamed body past the cap, whatever its declared length", async () => {
    const POST = await route();
    let sent = 0;
    const chunk = new TextEncoder().encode("þ".repeat(32 * 1024));
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        // 10 MB on offer; the handler must give up long before.
        if (sent > 10 * 1024 * 1024) controller.close();
        else {
          sent += chunk.byteLength;
          controller.enqueue(chunk);
        }
      },
    });
    const request = new Request("http://localhost/api/import", {
      method: "POST",
      headers: { host: "localhost", origin: "http://localhost", "content-type": "application/json", "x-forwarded-for": "10.2.0.1" },
      body,
      duplex: "half",
    } as RequestInit);
    const response = await POST(request);
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: "too-large" });
    expect(sent).toBeLessThan(1024 * 1024);
  });

  it("reads a body of the longest text and translation in three-byte characters, and lets the validator word what is wrong", async () => {
    const POST = await route();
    // ~600 KB of UTF-8: under the byte cap, so the answer is the validator's, not a 413.
    const response = await POST(post({ title: "Langur", text: "ᚠ".repeat(100_001), translation: "ᚠ".repeat(100_000) }));
    expect(response.status).toBe(400);
    const refusal = await response.json();
    expect(refusal.error).toBe("invalid-input");
    expect(refusal.issues.map((issue: { code: string }) => issue.code)).toEqual(["too-long"]);
  });

  it("answers an empty text with its issue, for the page to word", async () => {
    const POST = await route();
    const response = await POST(post({ title: "Tómt", text: "  \n " }));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: "invalid-input", issues: [{ code: "empty", severity: "error", field: "text" }] });
  });

  it("limits each client, counting refused requests", async () => {
    const POST = await route();
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await POST(post("{", { "x-forwarded-for": "10.3.0.1" }))).status);
    expect(statuses.slice(0, 6)).toEqual([400, 400, 400, 400, 400, 400]);
    expect(statuses[6]).toBe(429);
    const refused = await POST(post("{", { "x-forwarded-for": "10.3.0.1" }));
    expect(refused.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(await refused.json()).toEqual({ error: "rate-limited" });
  });
});

describe("POST /api/import: the stream (lemma-is)", () => {
  it("streams started, one paragraph per paragraph, and done; the document assembles and validates", async () => {
    const POST = await route();
    const response = await POST(post({ title: "  Dróninn  ", text: TEXT, translation: TRANSLATION }));
    expect(response.status).toBe(200);
    const list = await events(response);
    expect(list.map((event) => event.type)).toEqual(["started", "paragraph", "paragraph", "done"]);
    const started = list[0]!;
    if (started.type !== "started") throw new Error("unreachable");
    expect(started.paragraphs).toBe(2);
    expect(started.document.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(started.document.title.is).toBe("Dróninn");
    expect(started.document.glosses).toEqual([]);
    expect(started.document.analysis).toEqual({ version: computeAnalysisVersion(), engine: "lemma-is" });
    const sentences = started.document.paragraphs.flatMap((p) => p.sentences);
    expect(sentences.map((s) => s.en)).toEqual(["The soldiers went to the base yesterday.", "The drone was shot down at the airport.", "Nobody was hurt in the attack."]);
    expect(sentences.every((s) => s.alignment.translation === "reviewed")).toBe(true);
    // The version of the analysis that glossed it, so a stored text can tell when the server's is newer.
    expect(list.at(-1)).toEqual({ type: "done", engine: "lemma-is", version: computeAnalysisVersion() });

    const document = parseReaderDocument(assemble(list));
    const words = document.paragraphs.flatMap((p) => p.sentences.flatMap((s) => s.tokens.filter((t) => t.kind === "word").map((t) => ({ s, t }))));
    expect(words.every(({ t }) => t.gloss !== undefined)).toBe(true);
    const dronanum = words.find(({ s, t }) => tokenText(s, t) === "Dróninn")!;
    const entry = document.glosses[dronanum.t.gloss!]!;
    expect(entry).toMatchObject({ lemma: "dróni", origin: "automatic" });
    expect(entry.meanings.length).toBeGreaterThan(0);
    // Without Python the gloss says grammar is unavailable instead of showing none.
    expect(dronanum.t.grammar?.unavailable).toBe(true);
  });

  it("indexes glosses across paragraphs: a lemma in both paragraphs is one entry", async () => {
    const POST = await route();
    const list = await events(await POST(post({ title: "Í", text: "Hann fór í bæinn.\n\nHún fór í búðina." })));
    const [, first, second] = list;
    if (first?.type !== "paragraph" || second?.type !== "paragraph") throw new Error("paragraph events expected");
    const document = assemble(list);
    const glossOf = (index: number, word: string) => {
      const sentence = document.paragraphs[index]!.sentences[0]!;
      const token = sentence.tokens.find((t) => tokenText(sentence, t) === word)!;
      return token.gloss;
    };
    expect(glossOf(0, "fór")).toBe(glossOf(1, "fór"));
    expect(second.glosses.map((g) => g.lemma)).not.toContain("fara");
    expect(document.glosses).toHaveLength(first.glosses.length + second.glosses.length);
  });

  it("passes the not-Icelandic warning through and still imports", async () => {
    const POST = await route();
    const response = await POST(post({ title: "English", text: "The quick brown fox jumps over the lazy dog. It was a sunny day in the park and everyone was happy." }));
    expect(response.status).toBe(200);
    const [started] = await events(response);
    if (started?.type !== "started") throw new Error("started expected");
    expect(started.issues.map((issue) => issue.code)).toContain("not-icelandic");
  });

  it("leaves the English empty and says so when there is no translation and no provider", async () => {
    const POST = await route({ SAMHLIDA_ANALYSIS: "lemma-is", SAMHLIDA_TRANSLATOR: "none" });
    const [started] = await events(await POST(post({ title: "", text: TEXT })));
    if (started?.type !== "started") throw new Error("started expected");
    expect(started.document.title.is).toBe("Hermennirnir fóru í herstöðina í gær.");
    const sentences = started.document.paragraphs.flatMap((p) => p.sentences);
    expect(sentences.every((s) => s.en === "" && s.alignment.translation === "none")).toBe(true);
  });
});

const hasWorker = existsSync("analysis-worker/.venv/bin/python");

describe.runIf(hasWorker)("POST /api/import: the stream (GreynirEngine worker)", () => {
  afterAll(async () => {
    const analyzer = (await import("@/lib/analysis/factory")).getAnalyzer();
    if ("close" in analyzer && typeof analyzer.close === "function") analyzer.close();
  });

  it("glosses with grammar in context", async () => {
    vi.unstubAllEnvs();
    const POST = await route({});
    const list = await events(await POST(post({ title: "Árás", text: "Enginn særðist í árásinni." })));
    expect(list.map((event) => event.type)).toEqual(["started", "paragraph", "done"]);
    expect(list.at(-1)).toEqual({ type: "done", engine: "greynir", version: computeAnalysisVersion() });
    const document = assemble(list);
    const sentence = document.paragraphs[0]!.sentences[0]!;
    const token = sentence.tokens.find((t) => tokenText(sentence, t) === "árásinni")!;
    expect(document.glosses[token.gloss!]).toMatchObject({ lemma: "árás", origin: "automatic" });
    expect(token.grammar?.features).toMatchObject({ Case: "Dat", Number: "Sing", Definite: "Def" });
    expect(token.grammar?.governor).toMatchObject({ kind: "preposition", lemma: "í", case: "Dat" });
  }, 120_000);
});

describe("POST /api/import: finishing a stopped import", () => {
  it("streams only the paragraphs asked for, glosses numbered on from the stored table", async () => {
    const POST = await route();
    const list = await events(await POST(post({ title: "", text: TEXT, translation: TRANSLATION, resume: { paragraphs: [1], glossBase: 40 } })));
    expect(list.map((event) => event.type)).toEqual(["started", "paragraph", "done"]);
    const paragraph = list[1];
    if (paragraph?.type !== "paragraph") throw new Error("no paragraph event");
    expect(paragraph.index).toBe(1);
    const indexes = paragraph.paragraph.sentences.flatMap((s) => s.tokens.flatMap((t) => (t.gloss === undefined ? [] : [t.gloss])));
    expect(Math.min(...indexes)).toBe(40);
    expect(Math.max(...indexes)).toBe(40 + paragraph.glosses.length - 1);
  });

  it("refuses paragraphs the text does not have, and malformed resume requests, as invalid input", async () => {
    const POST = await route();
    for (const resume of [{ paragraphs: [2], glossBase: 0 }, { paragraphs: [], glossBase: 0 }, { paragraphs: [-1], glossBase: 0 }, { paragraphs: [0.5], glossBase: 0 }, { paragraphs: [0], glossBase: -3 }, "all"]) {
      const response = await POST(post({ title: "", text: TEXT, resume }));
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ error: "invalid-input" });
    }
  });
});
