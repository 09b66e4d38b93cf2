import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { withDiskCache } from "@/lib/translate/cache";
import { createGoogleTranslator, type GoogleTranslatorOptions } from "@/lib/translate/google";
import { fakeTranslation, startFakeGoogle, type FakeGoogle } from "./support/fake-google";
import { tempDir } from "../support/temp-dir";

let fake: FakeGoogle;
const sleeps: number[] = [];
const pair = { from: "is", to: "en" };
const sentences = ["Tveimur sprengjudrónum var beint að herstöð.", "Hann sagði: „Ég kem.“", "Þá olli sprengingin engum skemmdum."];

function translator(overrides: Partial<GoogleTranslatorOptions> = {}) {
  return createGoogleTranslator({
    host: fake.host,
    agent: fake.agent,
    timeoutMs: 2_000,
    maxRetries: 3,
    backoffMs: 100,
    concurrency: 2,
    sleep: async (ms) => void sleeps.push(ms),
    random: () => 0.5,
    ...overrides,
  });
}

beforeAll(async () => {
  fake = await startFakeGoogle();
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.requests.length = 0;
  fake.queue.length = 0;
  sleeps.length = 0;
});

describe("the Google provider against a fake endpoint", () => {
  it("translates a batch in one request, keeping order, Icelandic letters and quotes", async () => {
    const results = await translator().translate(sentences, pair);
    expect(results).toEqual(sentences.map((s) => ({ ok: true, text: fakeTranslation(s) })));
    expect(fake.requests).toEqual([sentences.join("\n")]);
  });

  it("re-sends merged sentences one by one and keeps the rest", async () => {
    fake.queue.push({ kind: "merge-first-two" });
    const results = await translator().translate(sentences, pair);
    expect(results).toEqual(sentences.map((s) => ({ ok: true, text: fakeTranslation(s) })));
    expect(fake.requests.slice(1).sort()).toEqual([sentences[0], sentences[1]].sort());
  });

  it("retries a 429 with growing, jittered back-off, then succeeds", async () => {
    fake.queue.push({ kind: "status", status: 429, body: "IP address: 1.2.3.4<br>" }, { kind: "status", status: 429 });
    const results = await translator().translate([sentences[0]!], pair);
    expect(results).toEqual([{ ok: true, text: fakeTranslation(sentences[0]!) }]);
    expect(sleeps).toEqual([150, 250]);
  });

  it("gives up after its retries and names the sentence rate-limited", async () => {
    fake.queue.push(...Array.from({ length: 4 }, () => ({ kind: "status" as const, status: 429 })));
    const [result] = await translator().translate([sentences[0]!], pair);
    expect(result).toMatchObject({ ok: false, error: { code: "rate-limited" } });
    expect(fake.requests).toHaveLength(4);
  });

  it("times out a request that never answers", async () => {
    fake.queue.push({ kind: "hang" });
    const [result] = await translator({ timeoutMs: 300 }).translate([sentences[0]!], pair);
    expect(result).toMatchObject({ ok: false, error: { code: "timeout" } });
  });

  it("reports a malformed reply", async () => {
    fake.queue.push({ kind: "malformed" });
    const [result] = await translator().translate([sentences[0]!], pair);
    expect(result).toMatchObject({ ok: false, error: { code: "malformed" } });
  });

  it("keeps what succeeded in a batch and names what failed", async () => {
    // The batch fails; then the first sentence fails on its own and the other two succeed.
    fake.queue.push({ kind: "status", status: 500 }, { kind: "status", status: 503 });
    const results = await translator({ concurrency: 1 }).translate(sentences, pair);
    expect(results[0]).toMatchObject({ ok: false, error: { code: "service" } });
    expect(results.slice(1)).toEqual(sentences.slice(1).map((s) => ({ ok: true, text: fakeTranslation(s) })));
  });

  it("reports an unreachable service", async () => {
    const down = createGoogleTranslator({ host: "127.0.0.1:9", agent: fake.agent, timeoutMs: 2_000, maxRetries: 0, backoffMs: 1, concurrency: 1 });
    const [result] = await down.translate([sentences[0]!], pair);
    expect(result).toMatchObject({ ok: false, error: { code: "network" } });
  });

  it("never sends a cached sentence again", async () => {
    const cached = withDiskCache(translator(), tempDir("translate-cache-"));
    await cached.translate(sentences.slice(0, 2), pair);
    expect(cached.stats()).toMatchObject({ hits: 0, misses: 2 });
    fake.requests.length = 0;
    const again = await cached.translate(sentences, pair);
    expect(again).toEqual(sentences.map((s) => ({ ok: true, text: fakeTranslation(s) })));
    expect(cached.stats()).toMatchObject({ hits: 2, misses: 3 });
    expect(fake.requests).toEqual([sentences[2]]);
  });
});
