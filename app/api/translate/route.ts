import { createJsonGuard, arrayLength, rejectionResponse, type Rejection } from "@/lib/http/guard";
import { trustedProxies } from "@/lib/http/client";
import { createRateLimiter } from "@/lib/http/rate-limit";
import { negotiateLocale, LOCALE_COOKIE } from "@/lib/i18n/negotiate";
import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";
import { createTranslator } from "@/lib/translate/provider";
import { LIMITS, exceedsLimits, translateRequest } from "@/lib/translate/request";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const translator = createTranslator();
const guard = createJsonGuard({
  maxBytes: 64 * 1024,
  limiter: createRateLimiter({ capacity: 10, perMinute: 20 }),
  proxies: trustedProxies(process.env),
  tooMany: (value) => arrayLength(value, "sentences") > LIMITS.sentences,
});

/** The language the body asks for; before it is read, the learner's earlier choice or the browser's. */
function languageOf(request: Request, body: unknown): Locale {
  if (typeof body === "object" && body !== null && "lng" in body && (body.lng === "is" || body.lng === "en")) return body.lng;
  const prefix = `${LOCALE_COOKIE}=`;
  const cookie = (request.headers.get("cookie") ?? "").split(";").map((part) => part.trim()).find((part) => part.startsWith(prefix));
  return negotiateLocale(cookie?.slice(prefix.length), request.headers.get("accept-language"));
}

function refuse(rejection: Rejection, lng: Locale): Response {
  const t = getT(lng, "translate");
  const messages: Record<Rejection["code"], string> = {
    "rate-limited": t("errors.rateLimited", { seconds: rejection.code === "rate-limited" ? rejection.retryAfterSeconds : 0 }),
    "cross-origin": t("errors.crossOrigin"),
    "unsupported-type": t("errors.unsupportedType"),
    "too-large": t("errors.tooLarge", { sentences: LIMITS.sentences, chars: LIMITS.charsPerSentence, total: LIMITS.totalChars }),
    "bad-request": t("errors.badRequest"),
  };
  return rejectionResponse(rejection, messages[rejection.code]);
}

/** Machine translation for the app's pages. Replies carry codes and localized messages, never internals. */
export async function POST(request: Request) {
  const input = await guard(request);
  if (!input.ok) return refuse(input.rejection, languageOf(request, input.value));
  const lng = languageOf(request, input.value);
  const parsed = translateRequest.safeParse(input.value);
  if (!parsed.success) return refuse({ code: "bad-request", status: 400 }, lng);
  const { sentences, from, to } = parsed.data;
  if (exceedsLimits(sentences)) return refuse({ code: "too-large", status: 413 }, lng);
  const t = getT(lng, "translate");
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
