/**
 * A token bucket per client: `capacity` requests at once, refilled at `perMinute`. The clock is
 * injected so tests need not wait. Old buckets are dropped so memory stays bounded.
 */
export interface RateLimiter {
  /** Takes a token; when none is left, says how many seconds until one is. */
  take(client: string): { ok: true } | { ok: false; retryAfterSeconds: number };
}

export function createRateLimiter(options: { capacity: number; perMinute: number; now?: () => number; maxClients?: number }): RateLimiter {
  const now = options.now ?? Date.now;
  const maxClients = options.maxClients ?? 10_000;
  const perMs = options.perMinute / 60_000;
  const buckets = new Map<string, { tokens: number; at: number }>();
  return {
    take(client) {
      const time = now();
      const previous = buckets.get(client) ?? { tokens: options.capacity, at: time };
      const tokens = Math.min(options.capacity, previous.tokens + (time - previous.at) * perMs);
      buckets.delete(client);
      if (buckets.size >= maxClients) buckets.delete(buckets.keys().next().value ?? "");
      if (tokens < 1) {
        buckets.set(client, { tokens, at: time });
        return { ok: false, retryAfterSeconds: Math.ceil((1 - tokens) / perMs / 1000) };
      }
      buckets.set(client, { tokens: tokens - 1, at: time });
      return { ok: true };
    },
  };
}
