import { clientKey, trustedProxies } from "@/lib/http/client";
import { isSameOrigin } from "@/lib/http/origin";
import { createRateLimiter } from "@/lib/http/rate-limit";
import { lemmaIs } from "@/lib/lemma/lemma-is";
import { resolveLemmas } from "@/lib/lemma/resolve";

export const runtime = "nodejs";

const proxies = trustedProxies(process.env);
// Search asks once per typed word, so a learner stays far below this; a script does not.
const limiter = createRateLimiter({ capacity: 60, perMinute: 600 });
const MAX_QUERY = 60;

/** Lemma candidates for a typed word, so vocabulary search finds any inflected form. */
export function GET(request: Request) {
  const allowed = limiter.take(clientKey(request.headers, proxies));
  if (!allowed.ok) {
    return Response.json({ error: "rate-limited", lemmas: [] }, { status: 429, headers: { "Retry-After": String(allowed.retryAfterSeconds), "Cache-Control": "no-store" } });
  }
  // A GET carries no Origin from the app's own fetch over plain HTTP, so only evidence of
  // another site is refused.
  if (!isSameOrigin(request.headers, { requireEvidence: false })) {
    return Response.json({ error: "cross-origin", lemmas: [] }, { status: 403, headers: { "Cache-Control": "no-store" } });
  }
  const raw = new URL(request.url).searchParams.get("q") ?? "";
  if (raw.length > MAX_QUERY * 4) return Response.json({ error: "too-large", lemmas: [] }, { status: 414, headers: { "Cache-Control": "no-store" } });
  const q = raw.normalize("NFC").trim().slice(0, MAX_QUERY);
  if (!/^[\p{L}-]+$/u.test(q)) return Response.json({ lemmas: [] });
  const lemmas = [...new Set(resolveLemmas(q, lemmaIs()).map((candidate) => candidate.lemma))];
  return Response.json({ lemmas }, { headers: { "Cache-Control": "public, max-age=86400" } });
}
