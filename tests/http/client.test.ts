import { describe, expect, it } from "vitest";
import { clientKey, forwardedHeaders, trustedProxies } from "@/lib/http/client";

const xff = (value?: string) => new Headers(value === undefined ? {} : { "x-forwarded-for": value });

describe("clientKey", () => {
  it("without proxies, uses the one address Next wrote from the socket", () => {
    expect(clientKey(xff("127.0.0.1"), 0)).toBe("127.0.0.1");
    expect(clientKey(xff(), 0)).toBe("unknown");
  });

  it("with N trusted proxies, takes the N-th entry from the right, whatever the client prepended", () => {
    expect(clientKey(xff("6.6.6.6, 203.0.113.7"), 1)).toBe("203.0.113.7");
    expect(clientKey(xff("1.1.1.1, 2.2.2.2, 203.0.113.7, 10.0.0.2"), 2)).toBe("203.0.113.7");
  });

  it("a client that changes its own X-Forwarded-For entry stays one client", () => {
    const keys = new Set(Array.from({ length: 20 }, (_, i) => clientKey(xff(`10.0.${i}.1, 203.0.113.7`), 1)));
    expect([...keys]).toEqual(["203.0.113.7"]);
  });
});

describe("forwardedHeaders", () => {
  it("drops a client's own X-Forwarded-For and X-Real-IP when no proxy is trusted", () => {
    const forwarded = forwardedHeaders(new Headers({ "x-forwarded-for": "6.6.6.6", "x-real-ip": "6.6.6.6", accept: "*/*" }), 0);
    expect(forwarded?.has("x-forwarded-for")).toBe(false);
    expect(forwarded?.has("x-real-ip")).toBe(false);
    expect(forwarded?.get("accept")).toBe("*/*");
  });

  it("keeps the header behind trusted proxies", () => {
    expect(forwardedHeaders(new Headers({ "x-forwarded-for": "6.6.6.6" }), 1)).toBeUndefined();
  });
});

describe("trustedProxies", () => {
  it("reads SAMHLIDA_TRUSTED_PROXIES, 0 by default, and refuses nonsense", () => {
    expect(trustedProxies({})).toBe(0);
    expect(trustedProxies({ SAMHLIDA_TRUSTED_PROXIES: "2" })).toBe(2);
    expect(() => trustedProxies({ SAMHLIDA_TRUSTED_PROXIES: "many" })).toThrow(/SAMHLIDA_TRUSTED_PROXIES/);
    expect(() => trustedProxies({ SAMHLIDA_TRUSTED_PROXIES: "-1" })).toThrow(/SAMHLIDA_TRUSTED_PROXIES/);
  });
});
