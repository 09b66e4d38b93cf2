import { getT } from "@/lib/i18n/server";
import { createRateLimiter } from "@/lib/translate/rate-limit";
import { createTranslator } from "@/lib/translate/provider";
import { LIMITS, exceedsLimits, translateRequest } from "@/lib/translate/request";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const translator = createTranslator();
const limiter = createRateLimiter({ capacity: 10, perMinute: 20 });

function clientOf(request: Request): string {
  return request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || request.headers.get("x-real-ip") || "local";
}

/** Machine translation for the app's pages. Replies carry codes and localized messages, never internals. */
export async function POST(request: Request) {
  let raw: unknown;
  try {
    raw = await request.json();
  } catch {
    raw = undefined;
  }
  const lng = typeof raw === "object" && raw !== null && "lng" in raw && raw.lng === "is" ? "is" : "en";
  const t = getT(lng, "translate");
  const parsed = translateRequest.safeParse(raw);
  if (!parsed.success) return Response.json({ error: "bad-request", message: t("errors.badRequest") }, { status: 400 });
  const { sentences, from, to } = parsed.data;
  if (exceedsLimits(sentences)) {
    const message = t("errors.tooLarge", { sentences: LIMITS.sentences, chars: LIMITS.charsPerSentence, total: LIMITS.totalChars });
    return Response.json({ error: "too-large", message }, { status: 413 });
  }
  const allowed = limiter.take(clientOf(request));
  if (!allowed.ok) {
    return Response.json(
      { error: "rate-limited", message: t("errors.rateLimited", { seconds: allowed.retryAfterSeconds }) },
      { status: 429, headers: { "Retry-After": String(allowed.retryAfterSeconds) } },
    );
  }
  try {
    const results = await translator.translate(sentences, { from, to });
    if (translator.id === "none") {
      return Response.json({ error: "unavailable", message: t("errors.unavailable") }, { status: 503 });
    }
    return Response.json({
      translations: results.map((result) =>
        result.ok ? { ok: true, text: result.text } : { ok: false, error: result.error.code, message: t(`errors.${result.error.code}`) },
      ),
    });
  } catch {
    return Response.json({ error: "internal", message: t("errors.internal") }, { status: 500 });
  }
}
