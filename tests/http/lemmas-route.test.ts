import { afterEach, describe, expect, it, vi } from "vitest";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

async function route() {
  vi.resetModules();
  return (await import("@/app/api/lemmas/route")).GET;
}

const get = (q: string, headers: Record<string, string> = {}, client = "10.0.0.1") =>
  new Request(`http://localhost/api/lemmas?q=${encodeURIComponent(q)}`, { headers: { host: "localhost", "x-forwarded-for": client, ...headers } });

describe("GET /api/lemmas", () => {
  it("finds the lemma of an inflected form, from the app's pages and from plain HTTP without fetch metadata", async () => {
    const GET = await route();
    expect(await (await GET(get("hestinum", { "sec-fetch-site": "same-origin" }))).json()).toEqual({ lemmas: ["hestur"] });
    expect((await GET(get("hestinum"))).status).toBe(200);
  });

  it("refuses another site's page", async () => {
    const GET = await route();
    expect((await GET(get("hestinum", { "sec-fetch-site": "cross-site" }, "10.0.0.2"))).status).toBe(403);
    expect((await GET(get("hestinum", { origin: "http://evil.example" }, "10.0.0.3"))).status).toBe(403);
  });

  it("refuses an overlong query and answers nonsense with nothing", async () => {
    const GET = await route();
    expect((await GET(get("á".repeat(500), {}, "10.0.0.4"))).status).toBe(414);
    expect(await (await GET(get("<script>", {}, "10.0.0.5"))).json()).toEqual({ lemmas: [] });
  });

  it("limits each client, counting refused requests too", async () => {
    const GET = await route();
    const statuses: number[] = [];
    for (let i = 0; i < 61; i++) statuses.push((await GET(get("x", { "sec-fetch-site": "cross-site" }, "10.9.0.1"))).status);
    expect(statuses.slice(0, 60).every((status) => status === 403)).toBe(true);
    expect(statuses[60]).toBe(429);
    expect((await GET(get("hestinum", {}, "10.9.0.2"))).status).toBe(200);
  });
});
