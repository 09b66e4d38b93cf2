import { isJsonContentType, readCappedText } from "./body";
import { clientKey } from "./client";
import { isSameOrigin } from "./origin";
import type { RateLimiter } from "./rate-limit";

/** Why a request was refused, as a code the route maps to a message in the learner's language. */
export type Rejection =
  | { code: "rate-limited"; status: 429; retryAfterSeconds: number }
  | { code: "cross-origin"; status: 403 }
  | { code: "unsupported-type"; status: 415 }
  | { code: "too-large"; status: 413 }
  | { code: "bad-request"; status: 400 };

/** A refusal after the JSON was parsed carries it, so the reply can use the language it asked for. */
export type Guarded = { ok: true; value: unknown; client: string } | { ok: false; rejection: Rejection; value?: unknown };

export interface JsonGuardOptions {
  /** Bytes of body read at most; the body is abandoned when it passes this. */
  maxBytes: number;
  limiter: RateLimiter;
  /** How many proxies in front of the app append to X-Forwarded-For (SAMHLIDA_TRUSTED_PROXIES). */
  proxies: number;
  /** Counts in the parsed JSON checked before any schema runs: true when there are too many. */
  tooMany?: (value: unknown) => boolean;
}

/**
 * Everything a JSON POST route checks before its own schema, cheapest first. The rate limiter
 * is charged first, so malformed, oversized and cross-site requests spend tokens too.
 * Usage: `const input = await guard(request); if (!input.ok) return reject(input.rejection)`.
 */
export function createJsonGuard(options: JsonGuardOptions): (request: Request) => Promise<Guarded> {
  return async (request) => {
    const client = clientKey(request.headers, options.proxies);
    const allowed = options.limiter.take(client);
    if (!allowed.ok) return refuse({ code: "rate-limited", status: 429, retryAfterSeconds: allowed.retryAfterSeconds });
    if (!isSameOrigin(request.headers, { requireEvidence: true })) return refuse({ code: "cross-origin", status: 403 });
    if (!isJsonContentType(request.headers.get("content-type"))) return refuse({ code: "unsupported-type", status: 415 });
    const body = await readCappedText(request, options.maxBytes);
    if (!body.ok) return refuse(body.reason === "too-large" ? { code: "too-large", status: 413 } : { code: "bad-request", status: 400 });
    let value: unknown;
    try {
      value = JSON.parse(body.text);
    } catch {
      return refuse({ code: "bad-request", status: 400 });
    }
    if (options.tooMany?.(value)) return { ok: false, rejection: { code: "too-large", status: 413 }, value };
    return { ok: true, value, client };
  };
}

const refuse = (rejection: Rejection): Guarded => ({ ok: false, rejection });

/** A JSON reply for a rejection, with Retry-After when the limiter said when to come back. */
export function rejectionResponse(rejection: Rejection, message: string): Response {
  const headers: Record<string, string> = { "Cache-Control": "no-store" };
  if (rejection.code === "rate-limited") headers["Retry-After"] = String(rejection.retryAfterSeconds);
  return Response.json({ error: rejection.code, message }, { status: rejection.status, headers });
}

/** The length of an array property of parsed JSON, or 0 when it is not one: counted before a schema reports one issue per element. */
export function arrayLength(value: unknown, key: string): number {
  if (typeof value !== "object" || value === null || !(key in value)) return 0;
  const property: unknown = Reflect.get(value, key);
  return Array.isArray(property) ? property.length : 0;
}
