import { describe, expect, it } from "vitest";
import { isSameOrigin } from "@/lib/http/origin";

const headers = (entries: Record<string, string>) => new Headers({ host: "app.example:3000", ...entries });

describe("isSameOrigin", () => {
  it("accepts the app's own origin and Sec-Fetch-Site: same-origin", () => {
    expect(isSameOrigin(headers({ origin: "http://app.example:3000" }), { requireEvidence: true })).toBe(true);
    expect(isSameOrigin(headers({ "sec-fetch-site": "same-origin" }), { requireEvidence: true })).toBe(true);
  });

  it("refuses another site, a null origin and a cross-site fetch", () => {
    expect(isSameOrigin(headers({ origin: "http://evil.example" }), { requireEvidence: true })).toBe(false);
    expect(isSameOrigin(headers({ origin: "http://app.example:3001" }), { requireEvidence: true })).toBe(false);
    expect(isSameOrigin(headers({ origin: "null" }), { requireEvidence: true })).toBe(false);
    expect(isSameOrigin(headers({ "sec-fetch-site": "cross-site" }), { requireEvidence: false })).toBe(false);
    expect(isSameOrigin(headers({ "sec-fetch-site": "same-site", origin: "http://app.example:3000" }), { requireEvidence: true })).toBe(false);
  });

  it("refuses a request with no evidence only where evidence is required", () => {
    expect(isSameOrigin(headers({}), { requireEvidence: true })).toBe(false);
    expect(isSameOrigin(headers({}), { requireEvidence: false })).toBe(true);
  });
});
