import { describe, expect, it } from "vitest";
import { createRateLimiter } from "@/lib/http/rate-limit";

describe("rate limiter", () => {
  it("allows a burst, then refills over time", () => {
    let now = 0;
    const limiter = createRateLimiter({ capacity: 2, perMinute: 6, now: () => now });
    expect(limiter.take("a").ok).toBe(true);
    expect(limiter.take("a").ok).toBe(true);
    expect(limiter.take("a")).toEqual({ ok: false, retryAfterSeconds: 10 });
    now += 10_000;
    expect(limiter.take("a").ok).toBe(true);
    expect(limiter.take("b").ok).toBe(true);
  });
});
