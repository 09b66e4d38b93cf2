/**
 * npm run bench:load — a sustained load on the built app, bounded and on loopback only: each
 * route in turn gets `--connections` (100) for `--seconds` (60), and the server's resident memory
 * is printed before, after, and 30 s after the load. Errors (connection failures, timeouts) are
 * expected to be zero; answers other than 2xx are counted apart.
 *   --route "<path>" | --route "POST <path> <json body>"   (repeatable; default: reader, /api/lemmas, and
 *                a one-sentence POST /api/import, which answers 503 "busy" once the worker's queue is full)
 *   --connections N  --seconds N  --no-build
 *   --rounds N   repeat the whole sequence: memory that levels off after the first round is the
 *                server's working set, memory that keeps climbing would be a leak
 * The server trusts one proxy (SAMHLIDA_TRUSTED_PROXIES=1) and each request names one of 20,000
 * client addresses, as many learners behind a reverse proxy would: the rate limiter stays in
 * play, per client, rather than refusing the whole load as one client.
 */
import os from "node:os";
import { parseArgs } from "node:util";
import { load } from "./bench/throughput";
import { printTable, writeResults } from "./bench/report";
import { build, rssOf, startNext } from "./bench/server";
import type { Figure } from "./bench/types";

const { values } = parseArgs({
  options: {
    route: { type: "string", multiple: true },
    connections: { type: "string", default: "100" },
    seconds: { type: "string", default: "60" },
    "no-build": { type: "boolean", default: false },
    rounds: { type: "string", default: "1" },
  },
});
const connections = Math.min(Number(values.connections), 200);
const seconds = Math.min(Number(values.seconds), 300);
const rounds = Math.min(Math.max(Number(values.rounds), 1), 5);
const IMPORT_BODY = JSON.stringify({ title: "Próf", text: "Hermennirnir fóru heim í gær." });
const routes = values.route ?? ["/en/read/drone-attack-anbar", "/api/lemmas?q=hestinum", `POST /api/import ${IMPORT_BODY}`];
const PORT = Number(process.env.BENCH_PORT ?? 3292);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

function parseRoute(spec: string) {
  const post = /^POST\s+(\S+)\s+([\s\S]+)$/.exec(spec);
  return post ? { method: "POST" as const, path: post[1]!, body: post[2]! } : { method: "GET" as const, path: spec.trim(), body: undefined };
}

async function main() {
  if (!values["no-build"]) build();
  const server = await startNext(PORT, { SAMHLIDA_TRUSTED_PROXIES: "1" });
  const figures: Figure[] = [];
  try {
    for (const spec of routes) {
      const { path } = parseRoute(spec);
      await fetch(new URL(path, server.url), { headers: { origin: server.url } }).catch(() => undefined);
    }
    const before = rssOf(server.pid);
    figures.push({ section: "server memory", measure: "RSS before load", value: mb(before), number: before });
    for (let round = 1; round <= rounds; round++) for (const spec of routes) {
      const route = parseRoute(spec);
      const label = rounds > 1 ? ` (round ${round})` : "";
      process.stderr.write(`bench:load: ${route.method} ${route.path}${label}, ${connections} connections, ${seconds} s…\n`);
      const result = await load(new URL(route.path, server.url).href, {
        connections,
        seconds,
        clients: 20_000,
        timeoutSeconds: 30,
        ...(route.method === "POST" && { method: "POST", body: route.body, headers: { origin: server.url, "content-type": "application/json" } }),
      });
      const rss = rssOf(server.pid);
      figures.push({
        section: `${connections} connections, ${seconds} s`,
        measure: `${route.method} ${route.path}${label}`,
        value: `${result.requests} requests, ${Math.round(result.perSecond)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms; non-2xx ${result.non2xx}`,
        target: "0 errors, 0 timeouts (30 s)",
        baseline: `errors ${result.errors}${Object.keys(result.errorCodes).length ? ` (${Object.entries(result.errorCodes).map(([code, n]) => `${code} ${n}`).join(", ")})` : ""}, timeouts ${result.timeouts}`,
        met: result.errors + result.timeouts === 0,
        number: result.perSecond,
      });
      figures.push({ section: "server memory", measure: `RSS after ${route.method} ${route.path}${label}`, value: mb(rss), baseline: `before ${mb(before)}`, number: rss });
    }
    process.stderr.write("bench:load: idle 30 s…\n");
    await new Promise((resolve) => setTimeout(resolve, 30_000));
    const settled = rssOf(server.pid);
    figures.push({ section: "server memory", measure: "RSS 30 s after the load", value: mb(settled), baseline: `before ${mb(before)}`, number: settled });
  } finally {
    await server.stop();
  }
  printTable(figures);
  const date = new Date().toISOString();
  const file = writeResults(figures, `load-${date.slice(0, 16).replace(/[:T]/g, "-")}`, { date, connections, seconds, rounds, routes: routes.join(" · "), load: os.loadavg().map((l) => l.toFixed(2)).join(" ") }, "load-latest");
  console.log(`\nWritten to ${file} (and bench/results/load-latest.*).`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
