import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installEarlyGuard } from "@/lib/http/early-guard";

/** A raw request, as a client can craft it: any method, any target, no URL parsing on our side. */
function raw(port: number, method: string, target: string): Promise<{ status: number; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port, method, path: target }, (res) => {
      res.resume();
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
    });
    req.on("error", reject);
    req.end();
  });
}

class GuardedServer extends (createServer().constructor as typeof Server) {}
let server: Server;
let port = 0;
const reached: string[] = [];

beforeAll(async () => {
  installEarlyGuard(GuardedServer);
  server = new GuardedServer((req, res) => {
    reached.push(`${req.method} ${req.url}`);
    res.end("app");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("early guard", () => {
  it("answers TRACE and other unused methods 405 with Allow, before the app sees them", async () => {
    for (const [method, target, allow] of [["TRACE", "/en", "GET, HEAD"], ["DELETE", "/en/read/x", "GET, HEAD"], ["PUT", "/api/translate", "GET, HEAD, POST"], ["POST", "/en", "GET, HEAD"]]) {
      const response = await raw(port, method!, target!);
      expect(response.status).toBe(405);
      expect(response.headers.allow).toBe(allow);
      expect(response.headers["x-content-type-options"]).toBe("nosniff");
    }
    expect(reached).toEqual([]);
  });

  it("verbs Node's own parser does not know (TRACK, BREW) are refused by it with 400", async () => {
    expect((await raw(port, "TRACK", "/")).status).toBe(400);
    expect((await raw(port, "BREW", "/")).status).toBe(400);
    expect(reached).toEqual([]);
  });

  it("answers undecodable paths 400", async () => {
    expect((await raw(port, "GET", "/%")).status).toBe(400);
    expect((await raw(port, "GET", "/en/read/%E0%A4%A")).status).toBe(400);
    expect(reached).toEqual([]);
  });

  it("lets ordinary requests through", async () => {
    expect((await raw(port, "GET", "/en/read/%C3%BE?q=%")).status).toBe(200);
    expect((await raw(port, "POST", "/api/translate")).status).toBe(200);
    expect(reached).toEqual(["GET /en/read/%C3%BE?q=%", "POST /api/translate"]);
  });
});
