import autocannon from "autocannon";
import { ratio } from "./measure";
import { startStatic } from "./server";
import type { BenchContext, Figure } from "./types";

export interface Load {
  requests: number;
  perSecond: number;
  p50: number;
  p99: number;
  /** Connection errors other than timeouts. */
  errors: number;
  /** Requests without an answer within `timeoutSeconds`. */
  timeouts: number;
  non2xx: number;
  /** Error codes seen (ECONNRESET, …) and how often, so a failure can be told from a slow answer. */
  errorCodes: Record<string, number>;
}

/** autocannon against one URL; gzip accepted, as browsers do. */
interface LoadOptions {
  connections: number;
  seconds: number;
  headers?: Record<string, string>;
  /** When set, each request names one of this many client addresses in X-Forwarded-For. */
  clients?: number;
  method?: "GET" | "POST";
  body?: string;
  /** A request unanswered for this long counts as a timeout (autocannon's default is 10 s). */
  timeoutSeconds?: number;
}

export async function load(url: string, options: LoadOptions): Promise<Load> {
  let next = 0;
  const errorCodes: Record<string, number> = {};
  const settings: autocannon.Options = {
    url,
    connections: options.connections,
    duration: options.seconds,
    method: options.method ?? "GET",
    timeout: options.timeoutSeconds ?? 10,
    ...(options.body !== undefined && { body: options.body }),
    headers: { "accept-encoding": "gzip", ...options.headers },
    // Many clients behind one trusted proxy: each request names its own address (see bench:load).
    ...(options.clients && {
      requests: [{ setupRequest: (request) => ({ ...request, headers: { ...request.headers, "x-forwarded-for": `10.${(next = (next + 1) % options.clients!) >> 8}.${next & 255}.1` } }) }],
    }),
  };
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(settings, (error: unknown, finished: autocannon.Result) => (error ? reject(error) : resolve(finished)));
    instance.on("reqError", (error: NodeJS.ErrnoException) => {
      const code = error.code ?? error.message;
      errorCodes[code] = (errorCodes[code] ?? 0) + 1;
    });
  });
  return {
    errorCodes,
    requests: result.requests.total,
    perSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors - result.timeouts,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  };
}

const figures = (l: Load) => `${Math.round(l.perSecond)} req/s, p50 ${l.p50} ms, p99 ${l.p99} ms`;

/**
 * Throughput of the reader beside the library page (issue 9: ≥ 0.6×) and beside the very same
 * HTML from a minimal Node server that gzips per request (what the framework costs).
 */
export async function measure(context: BenchContext): Promise<Figure[]> {
  const options = { connections: 50, seconds: context.quick ? 3 : 10 };
  const readerUrl = new URL(context.readerPath, context.baseUrl).href;
  const html = Buffer.from(await (await fetch(readerUrl)).arrayBuffer());
  await load(readerUrl, { connections: 10, seconds: 2 }); // warm up
  const library = await load(new URL(context.libraryPath, context.baseUrl).href, options);
  const reader = await load(readerUrl, options);
  const plain = await startStatic(html, Number(new URL(context.baseUrl).port) + 1);
  let baseline: Load;
  try {
    baseline = await load(plain.url, options);
  } finally {
    await plain.stop();
  }
  const all = [library, reader, baseline];
  const section = `next start, ${options.connections} connections, ${options.seconds} s, gzip`;
  return [
    { section, measure: "library page", value: figures(library), number: library.perSecond },
    {
      section,
      measure: "reader page",
      value: `${figures(reader)} (${ratio(reader.perSecond, library.perSecond)} library)`,
      baseline: `library ${Math.round(library.perSecond)} req/s`,
      target: "≥ 0.6× library",
      met: reader.perSecond >= 0.6 * library.perSecond,
      number: reader.perSecond,
    },
    {
      section,
      measure: "reader HTML from a minimal Node server",
      value: figures(baseline),
      baseline: `next start serves ${ratio(reader.perSecond, baseline.perSecond)} of it`,
      number: baseline.perSecond,
    },
    {
      section,
      measure: "errors / timeouts (10 s) / non-2xx, all three runs",
      value: [all.reduce((n, l) => n + l.errors, 0), all.reduce((n, l) => n + l.timeouts, 0), all.reduce((n, l) => n + l.non2xx, 0)].join(" / "),
      target: "0 / 0 / 0",
      met: all.every((l) => l.errors + l.timeouts + l.non2xx === 0),
    },
  ];
}
