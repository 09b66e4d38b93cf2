import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDocument } from "@/lib/reader/load-document";

/** A server on 127.0.0.1 answering by path: /doc a JSON value, /slow the same after a hold, /gone 404, /down 503 then JSON. */
let server: Server;
let base = "";
const asked = new Map<string, number>();
let release = () => {};
beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? "";
    asked.set(path, (asked.get(path) ?? 0) + 1);
    const json = () => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ version: 1, path }));
    if (path === "/gone") return res.writeHead(404).end();
    if (path === "/down") return asked.get(path) === 1 ? res.writeHead(503).end() : json();
    if (path === "/not-json") return res.writeHead(200, { "content-type": "application/json" }).end("{ not json");
    if (path === "/slow") return void new Promise<void>((resolve) => (release = resolve)).then(json);
    json();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("loading a built-in article's data once per page", () => {
  it("asks the server once however many wait for it at the same time", async () => {
    const first = loadDocument(`${base}/slow`);
    const second = loadDocument(`${base}/slow`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    release();
    expect(await first).toEqual({ ok: true, value: { version: 1, path: "/slow" } });
    expect(await second).toEqual(await first);
    expect(asked.get("/slow")).toBe(1);
  });

  it("says a missing document will not come back, and a failed one may", async () => {
    expect(await loadDocument(`${base}/gone`)).toEqual({ ok: false, retry: false });
    expect(await loadDocument(`${base}/not-json`)).toEqual({ ok: false, retry: true });
    expect(await loadDocument(`${base}/down`)).toEqual({ ok: false, retry: true });
    // Not remembered: the next request asks again, and gets it.
    expect(await loadDocument(`${base}/down`)).toEqual({ ok: true, value: { version: 1, path: "/down" } });
    expect(asked.get("/down")).toBe(2);
  });

  it("gives a server that never answers up as one to try again", async () => {
    const hung = createServer(() => {});
    await new Promise<void>((resolve) => hung.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(hung.address() as AddressInfo).port}/never`;
    try {
      // The app waits DOCUMENT_LOAD_TIMEOUT_MS; a shorter limit here keeps the test quick.
      expect(await loadDocument(url, 300)).toEqual({ ok: false, retry: true });
    } finally {
      hung.closeAllConnections();
      hung.close();
    }
  });
});
