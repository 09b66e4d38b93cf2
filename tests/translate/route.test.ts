import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { fakeTranslation, startFakeGoogle, type FakeGoogle } from "./support/fake-google";
import { tempDir } from "../support/temp-dir";

let fake: FakeGoogle;
beforeAll(async () => {
  fake = await startFakeGoogle();
});
afterAll(() => fake.close());
afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

/** The route reads its configuration when it loads, as it does in the app. */
async function route(env: Record<string, string> = {}) {
  vi.stubEnv("SAMHLIDA_TRANSLATE_CACHE_DIR", tempDir("route-cache-"));
  for (const [key, value] of Object.entries(env)) vi.stubEnv(key, value);
  vi.resetModules();
  return (await import("@/app/api/translate/route")).POST;
}

/** A same-origin JSON POST from `client`, as Next passes it on: X-Forwarded-For holds the socket address. */
const post = (body: unknown, client = "10.0.0.1", headers: Record<string, string> = {}) =>
  new Request("http://localhost/api/translate", {
    method: "POST",
    headers: { host: "localhost", origin: "http://localhost", "content-type": "application/json", "x-forwarded-for": client, ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });

describe("POST /api/translate", () => {
  it("says plainly, in the interface language, that machine translation is off by default", async () => {
    const POST = await route();
    const english = await POST(post({ sentences: ["Hann kom."], lng: "en" }));
    expect(english.status).toBe(503);
    expect((await english.json()).message).toMatch(/not available.*your own translation/);
    const icelandic = await POST(post({ sentences: ["Hann kom."], lng: "is" }));
    expect((await icelandic.json()).message).toBe("Vélþýðing er ekki í boði hér. Þú getur bætt við eigin þýðingu í staðinn.");
  });

  it("translates through the configured provider", async () => {
    const POST = await route({ SAMHLIDA_TRANSLATOR: "google", SAMHLIDA_TRANSLATE_HOST: fake.host, SAMHLIDA_TRANSLATE_CA: fake.caFile });
    const response = await POST(post({ sentences: ["Hann kom.", "Hún fór „heim“."] }));
    expect(response.status).toBe(200);
    expect((await response.json()).translations).toEqual([
      { ok: true, text: fakeTranslation("Hann kom.") },
      { ok: true, text: fakeTranslation("Hún fór „heim“.") },
    ]);
  });

  it("names a failed sentence with a localized message and no internals", async () => {
    const POST = await route({ SAMHLIDA_TRANSLATOR: "google", SAMHLIDA_TRANSLATE_HOST: fake.host, SAMHLIDA_TRANSLATE_CA: fake.caFile });
    fake.queue.push({ kind: "malformed" });
    const body = await (await POST(post({ sentences: ["Ein setning."], lng: "is" }))).json();
    expect(body.translations).toEqual([
      { ok: false, error: "malformed", message: "Þýðingarþjónustan sendi svar sem ekki var hægt að lesa." },
    ]);
    expect(JSON.stringify(body)).not.toMatch(/at |Error|stack|127\.0\.0\.1/);
  });

  it("rejects bad JSON and oversized requests", async () => {
    const POST = await route();
    expect((await POST(post("{nope"))).status).toBe(400);
    const tooMany = await POST(post({ sentences: Array.from({ length: 51 }, () => "Já."), lng: "is" }));
    expect(tooMany.status).toBe(413);
    expect((await tooMany.json()).message).toMatch(/Þetta er of mikill texti/);
    expect((await POST(post({ sentences: ["a".repeat(1_001)] }))).status).toBe(413);
  });

  it("refuses other content types (415) and other origins (403) with a localized message", async () => {
    const POST = await route();
    const plain = await POST(post({ sentences: ["Já."] }, "10.2.0.1", { "content-type": "text/plain", "accept-language": "is" }));
    expect(plain.status).toBe(415);
    expect((await plain.json()).message).toBe("Beiðnin verður að vera send sem JSON.");
    const form = await POST(post("sentences=J%C3%A1.", "10.2.0.2", { "content-type": "application/x-www-form-urlencoded" }));
    expect(form.status).toBe(415);
    const crossSite = await POST(post({ sentences: ["Já."] }, "10.2.0.3", { origin: "http://evil.example" }));
    expect(crossSite.status).toBe(403);
    expect((await crossSite.json()).error).toBe("cross-origin");
    const fetchedCrossSite = await POST(post({ sentences: ["Já."] }, "10.2.0.4", { origin: "http://localhost", "sec-fetch-site": "cross-site" }));
    expect(fetchedCrossSite.status).toBe(403);
    const noOrigin = new Request("http://localhost/api/translate", { method: "POST", headers: { host: "localhost", "content-type": "application/json" }, body: "{}" });
    expect((await POST(noOrigin)).status).toBe(403);
  });

  it("refuses a body past 64 KB while reading it, and counts elements before validating them", async () => {
    const POST = await route();
    const huge = await POST(post(JSON.stringify({ sentences: ["a".repeat(70 * 1024)] }), "10.3.0.1"));
    expect(huge.status).toBe(413);
    // 30,000 elements fit in 64 KB; they are refused by count, not by 30,000 schema issues.
    const many = await POST(post(`{"sentences":[${Array.from({ length: 30_000 }, () => "1").join(",")}]}`, "10.3.0.2"));
    expect(many.status).toBe(413);
    expect((await many.json()).error).toBe("too-large");
  });

  it("charges rejected requests to the client's rate limit", async () => {
    const POST = await route();
    for (let i = 0; i < 10; i++) expect((await POST(post("{nope", "10.4.0.1"))).status).toBe(400);
    expect((await POST(post({ sentences: ["Já."] }, "10.4.0.1"))).status).toBe(429);
  });

  it("limits each client's rate, with Retry-After, without affecting others", async () => {
    const POST = await route();
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await POST(post({ sentences: ["Já."] }, "10.9.9.9"))).status);
    expect(statuses.slice(0, 10).every((status) => status === 503)).toBe(true);
    const limited = await POST(post({ sentences: ["Já."] }, "10.9.9.9"));
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect((await POST(post({ sentences: ["Já."] }, "10.1.1.1"))).status).toBe(503);
  });
});
