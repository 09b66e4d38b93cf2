import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { fakeTranslation, startFakeGoogle, type FakeGoogle } from "./support/fake-google";

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
  vi.stubEnv("SAMHLIDA_TRANSLATE_CACHE_DIR", mkdtempSync(path.join(tmpdir(), "route-cache-")));
  for (const [key, value] of Object.entries(env)) vi.stubEnv(key, value);
  vi.resetModules();
  return (await import("@/app/api/translate/route")).POST;
}

const post = (body: unknown, client = "10.0.0.1") =>
  new Request("http://localhost/api/translate", {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": client },
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
