import { vi } from "vitest";

/**
 * The real POST /api/import (lemma-is, so no Python is needed), called as `fetch` is by the
 * import client: each call comes from another address, so the route's rate limit never joins in.
 * `requests` holds each call's parsed body. Call `vi.unstubAllEnvs()` after each test.
 */
export async function importRoute(subnet: string) {
  vi.resetModules();
  vi.stubEnv("SAMHLIDA_ANALYSIS", "lemma-is");
  const { POST } = await import("@/app/api/import/route");
  const requests: unknown[] = [];
  const send = (async (_url: string, init: RequestInit) => {
    requests.push(JSON.parse(String(init.body)));
    return POST(
      new Request("http://localhost/api/import", {
        method: "POST",
        headers: { host: "localhost", origin: "http://localhost", "content-type": "application/json", "x-forwarded-for": `${subnet}.${requests.length}` },
        body: init.body as string,
      }),
    );
  }) as typeof fetch;
  return { send, requests };
}
