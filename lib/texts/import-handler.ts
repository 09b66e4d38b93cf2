import { z } from "zod";
import type { Lexicon } from "../align/types";
import { createJsonGuard, type Rejection } from "../http/guard";
import type { RateLimiter } from "../http/rate-limit";
import type { ImportEvent, ImportRefusal, ImportRefusalCode } from "./import-protocol";
import { ImportBusyError, startImport, type ImportDeps } from "./import-stream";
import { prepareText } from "./prepare";
import { MAX_CHARACTERS } from "./validate-input";

/**
 * POST /api/import as a plain function of a Request, so tests call it as the route does.
 * The body cap: 100,000 characters of text and as many of translation, at most 3 bytes each in
 * UTF-8 (every UTF-16 code unit of the BMP; astral characters take 4 bytes for 2 units), is
 * 600,000 bytes; JSON escaping adds at most one byte to a line break or quote (within the 3), and
 * the title and keys a few hundred. 640 KiB holds any text the limit allows and nothing much more.
 */
export const IMPORT_MAX_BYTES = 640 * 1024;
export const TITLE_MAX = 200;

export const importRequestSchema = z.object({
  // Titles are cut rather than refused: the page suggests one from the first line, which may be long.
  title: z.string().max(2000),
  text: z.string(),
  translation: z.string().optional(),
  resume: z
    .object({
      paragraphs: z.array(z.number().int().min(0)).min(1).max(20_000),
      glossBase: z.number().int().min(0).max(10_000_000),
    })
    .optional(),
});

export interface ImportHandlerDeps {
  limiter: RateLimiter;
  proxies: number;
  /** Created on the first accepted request (dictionaries and the worker load once per process). */
  pipeline: () => Omit<ImportDeps, "signal" | "resume"> & { lexicon?: Lexicon; machine: boolean };
  newId?: () => string;
}

const REFUSAL: Record<Rejection["code"], ImportRefusalCode> = {
  "rate-limited": "rate-limited",
  "cross-origin": "forbidden-origin",
  "unsupported-type": "unsupported-media-type",
  "too-large": "too-large",
  // Unreadable JSON or bytes that are not UTF-8: the body is not an import request.
  "bad-request": "invalid-input",
};

function refuse(status: number, refusal: ImportRefusal, headers: Record<string, string> = {}): Response {
  return Response.json(refusal, { status, headers: { "Cache-Control": "no-store", ...headers } });
}

/** A title for the text: the learner's, else its first line; at most TITLE_MAX characters, NFC. */
export function importTitle(title: string, text: string): string {
  const chosen = title.trim() || text.trim().split("\n", 1)[0]?.trim() || "";
  const cut = [...chosen.normalize("NFC")].slice(0, TITLE_MAX).join("");
  return cut.length < chosen.length ? `${cut.trimEnd()}…` : cut;
}

function ndjson(events: AsyncGenerator<ImportEvent>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    async pull(controller) {
      const next = await events.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(`${JSON.stringify(next.value)}\n`));
    },
    async cancel() {
      await events.return(undefined);
    },
  });
}

export function createImportHandler(deps: ImportHandlerDeps): (request: Request) => Promise<Response> {
  const guard = createJsonGuard({
    maxBytes: IMPORT_MAX_BYTES,
    limiter: deps.limiter,
    proxies: deps.proxies,
    // Counted before the schema: a string far past the limit is refused as too large, not parsed.
    tooMany: (value) => ["text", "translation"].some((key) => lengthOf(value, key) > 2 * MAX_CHARACTERS),
  });
  const newId = deps.newId ?? (() => crypto.randomUUID());
  return async (request) => {
    const input = await guard(request);
    if (!input.ok) {
      const { rejection } = input;
      const headers: Record<string, string> = rejection.code === "rate-limited" ? { "Retry-After": String(rejection.retryAfterSeconds) } : {};
      return refuse(rejection.status, { error: REFUSAL[rejection.code] }, headers);
    }
    const parsed = importRequestSchema.safeParse(input.value);
    if (!parsed.success) return refuse(400, { error: "invalid-input" });
    const pipeline = deps.pipeline();
    const { title, text, translation, resume } = parsed.data;
    const result = prepareText({ text, ...(translation !== undefined && { translation }), ...(pipeline.lexicon && { lexicon: pipeline.lexicon }) });
    if (!result.ok) return refuse(400, { error: "invalid-input", issues: result.issues });
    // A paragraph the text does not have: the text changed since it was stored, or a crafted body.
    if (resume?.paragraphs.some((index) => index >= result.prepared.paragraphs.length)) return refuse(400, { error: "invalid-input" });
    const pasted = result.prepared.english.length > 0;
    const machine = !pasted && pipeline.machine;
    try {
      const events = await startImport(
        { id: newId(), title: importTitle(title, text), prepared: result.prepared, translation: pasted ? "reviewed" : machine ? "machine" : "none" },
        result.issues,
        { analyzer: pipeline.analyzer, meaningsOf: pipeline.meaningsOf, ...(pipeline.phrases && { phrases: pipeline.phrases }), ...(pipeline.analysis && { analysis: pipeline.analysis }), ...(machine && pipeline.translate && { translate: pipeline.translate }), signal: request.signal, ...(resume && { resume }) },
      );
      return new Response(ndjson(events), { headers: { "Content-Type": "application/x-ndjson; charset=utf-8", "Cache-Control": "no-store" } });
    } catch (error) {
      // Busy is the expected case; anything else before the stream starts is answered the same
      // way (try again later), never as a 500.
      if (!(error instanceof ImportBusyError)) console.error("import could not start", error);
      return refuse(503, { error: "busy" }, { "Retry-After": "10" });
    }
  };
}

function lengthOf(value: unknown, key: string): number {
  if (typeof value !== "object" || value === null) return 0;
  const property: unknown = Reflect.get(value, key);
  return typeof property === "string" ? property.length : 0;
}
