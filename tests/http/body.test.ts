import { describe, expect, it } from "vitest";
import { isJsonContentType, readCappedText } from "@/lib/http/body";

/** A body that counts how much of it was pulled, so the test can see reading stop early. */
function streamed(chunks: number, chunkBytes: number) {
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled >= chunks) return controller.close();
      pulled++;
      controller.enqueue(new Uint8Array(chunkBytes).fill(0x61));
    },
  });
  const request = new Request("http://localhost/api/x", { method: "POST", body, duplex: "half" } as RequestInit);
  return { request, pulled: () => pulled };
}

describe("readCappedText", () => {
  it("reads a body within the cap", async () => {
    const request = new Request("http://localhost/", { method: "POST", body: '{"a":"þú"}' });
    expect(await readCappedText(request, 100)).toEqual({ ok: true, text: '{"a":"þú"}' });
  });

  it("refuses a declared length past the cap without reading", async () => {
    const { request, pulled } = streamed(100, 1024);
    request.headers.set("content-length", String(100 * 1024));
    expect(await readCappedText(request, 64 * 1024)).toEqual({ ok: false, reason: "too-large" });
    expect(pulled()).toBeLessThanOrEqual(1);
  });

  it("stops reading a streamed body as soon as it passes the cap", async () => {
    const { request, pulled } = streamed(10_000, 1024);
    expect(await readCappedText(request, 64 * 1024)).toEqual({ ok: false, reason: "too-large" });
    expect(pulled()).toBeLessThan(80);
  });

  it("refuses bytes that are not UTF-8", async () => {
    const request = new Request("http://localhost/", { method: "POST", body: new Uint8Array([0x7b, 0xff, 0x7d]) });
    expect(await readCappedText(request, 100)).toEqual({ ok: false, reason: "bad-encoding" });
  });
});

describe("isJsonContentType", () => {
  it("accepts application/json with parameters and nothing else", () => {
    expect(isJsonContentType("application/json")).toBe(true);
    expect(isJsonContentType("Application/JSON; charset=utf-8")).toBe(true);
    expect(isJsonContentType("text/plain")).toBe(false);
    expect(isJsonContentType("application/x-www-form-urlencoded")).toBe(false);
    expect(isJsonContentType("application/jsonp")).toBe(false);
    expect(isJsonContentType(null)).toBe(false);
  });
});
