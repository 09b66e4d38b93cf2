import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, Agent, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

export type Behaviour =
  | { kind: "translate" }
  /** Answer the whole batch as one merged segment for the first two sentences. */
  | { kind: "merge-first-two" }
  | { kind: "status"; status: number; body?: string }
  | { kind: "hang" }
  | { kind: "malformed" };

export interface FakeGoogle {
  host: string;
  agent: Agent;
  /** The test certificate, for code that is configured with a file path. */
  caFile: string;
  /** Every request's q parameter, in order. */
  requests: string[];
  /** Behaviours for the next requests, consumed in order; then "translate". */
  queue: Behaviour[];
  close(): Promise<void>;
}

/** A stand-in "translation": tags each sentence so a test can check order and mapping. */
export const fakeTranslation = (sentence: string) => `EN[${sentence}]`;

/** Splits q as the real service does: a segment per line, keeping the newline on the orig. */
function segmentsOf(q: string) {
  return q.split(/(?<=\n)/).map((orig) => ({ orig, trans: orig.endsWith("\n") ? `${fakeTranslation(orig.trimEnd())}\n` : fakeTranslation(orig) }));
}

/** An HTTPS server on 127.0.0.1 that speaks Google's translate_a/single, with a certificate made for the run. */
export async function startFakeGoogle(): Promise<FakeGoogle> {
  const dir = mkdtempSync(path.join(tmpdir(), "fake-google-"));
  const key = path.join(dir, "key.pem");
  const cert = path.join(dir, "cert.pem");
  execFileSync("openssl", [
    "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert,
    "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1", "-days", "1",
  ], { stdio: "ignore" });
  const credentials = { key: readFileSync(key), cert: readFileSync(cert) };
  const requests: string[] = [];
  const queue: Behaviour[] = [];
  const server: Server = createServer(credentials, (req, res) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => (body += chunk));
    req.on("end", () => {
      const q = new URLSearchParams(body).get("q") ?? "";
      requests.push(q);
      const behaviour = queue.shift() ?? { kind: "translate" };
      if (!req.url?.startsWith("/translate_a/single") || req.method !== "POST") {
        res.writeHead(404).end();
        return;
      }
      switch (behaviour.kind) {
        case "hang":
          return; // never answers; the client's timeout must end it
        case "status":
          res.writeHead(behaviour.status, { "content-type": "text/html" }).end(behaviour.body ?? "");
          return;
        case "malformed":
          res.writeHead(200, { "content-type": "application/json" }).end("{\"sentences\": [");
          return;
        case "merge-first-two": {
          const [first, second, ...rest] = segmentsOf(q);
          const merged = { orig: `${first!.orig}${second!.orig}`, trans: "MERGED\n" };
          res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ sentences: [merged, ...rest], src: "is" }));
          return;
        }
        default:
          res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ sentences: segmentsOf(q), src: "is" }));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    host: `127.0.0.1:${port}`,
    agent: new Agent({ ca: readFileSync(cert) }),
    caFile: cert,
    requests,
    queue,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }).finally(() => rmSync(dir, { recursive: true, force: true })),
  };
}
