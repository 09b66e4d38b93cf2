import { z } from "zod";

/**
 * Which address a request counts against. `next start` fills `X-Forwarded-For` with the socket
 * address only when the request has none (`??=` in Next's base server), so a client could name
 * itself. proxy.ts therefore drops the client's own header when no proxy is trusted (Next then
 * writes the socket address), and with N trusted proxies keeps it: each proxy appends the address
 * it saw, so the client is the N-th entry from the right, and anything left of it is the client's
 * own invention.
 */
export const trustedProxiesSetting = z.coerce.number().int().min(0).max(10).default(0);

export function trustedProxies(env: Record<string, string | undefined>): number {
  const parsed = trustedProxiesSetting.safeParse(env.SAMHLIDA_TRUSTED_PROXIES);
  if (!parsed.success) throw new Error(`Invalid SAMHLIDA_TRUSTED_PROXIES: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

export function clientKey(headers: Headers, proxies: number): string {
  const entries = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
  // With no proxy only the socket address is there (proxy.ts saw to that): the last entry.
  const fromRight = Math.max(proxies, 1);
  // Fewer entries than proxies means the request skipped a proxy; its leftmost claim is all we
  // have, and it still spends tokens from one bucket.
  const chosen = entries[entries.length - fromRight] ?? entries[0];
  return chosen ? chosen.slice(0, 64) : "unknown";
}

/** Request headers as proxy.ts forwards them: a client's own X-Forwarded-For is dropped unless proxies are trusted. */
export function forwardedHeaders(headers: Headers, proxies: number): Headers | undefined {
  if (proxies > 0 || (!headers.has("x-forwarded-for") && !headers.has("x-real-ip"))) return undefined;
  const forwarded = new Headers(headers);
  forwarded.delete("x-forwarded-for");
  forwarded.delete("x-real-ip");
  return forwarded;
}
