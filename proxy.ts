import { NextResponse, type NextRequest } from "next/server";
import { forwardedHeaders, trustedProxies } from "./lib/http/client";
import { allowedMethods, hasBadPercentEncoding, isMethodAllowed } from "./lib/http/methods";
import { pagePolicy } from "./lib/http/page-policy";
import { LOCALE_COOKIE, negotiateLocale } from "./lib/i18n/negotiate";
import { isLocale } from "./lib/i18n/settings";

const proxies = trustedProxies(process.env);

/**
 * Runs before every page and API route. Unusable requests are refused (the early guard in
 * instrumentation.ts does this first on `next start`; this covers `next dev` and the methods a
 * fetch Request can carry). API routes get X-Forwarded-For they can trust (lib/http/client.ts).
 * Pages get the CSP with their inline scripts' hashes. A path without a locale is redirected to
 * the learner's language; the choice itself is remembered by the language switcher, so page
 * responses stay free of Set-Cookie and a CDN can cache them.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (hasBadPercentEncoding(pathname)) return plain(400, "Bad Request");
  if (!isMethodAllowed(request.method, pathname)) return plain(405, "Method Not Allowed", { Allow: allowedMethods(pathname).join(", ") });
  if (pathname === "/api" || pathname.startsWith("/api/")) {
    const headers = forwardedHeaders(request.headers, proxies);
    return headers ? NextResponse.next({ request: { headers } }) : NextResponse.next();
  }
  // Files (icons) and locale paths are served as they are; a missing one gets the 404 page,
  // whose inline scripts its policy allows.
  if (isLocale(pathname.split("/")[1]) || /\.[^/]*$/.test(pathname)) {
    const response = NextResponse.next();
    response.headers.set("content-security-policy", pagePolicy(pathname));
    return response;
  }
  const lng = negotiateLocale(request.cookies.get(LOCALE_COOKIE)?.value, request.headers.get("accept-language"));
  const url = request.nextUrl.clone();
  url.pathname = `/${lng}${pathname === "/" ? "" : pathname}`;
  url.search = search;
  return NextResponse.redirect(url);
}

function plain(status: number, text: string, headers: Record<string, string> = {}) {
  return new NextResponse(`${status} ${text}\n`, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", ...headers } });
}

export const config = {
  // Everything but Next's built assets, which get the headers of next.config.ts alone.
  matcher: ["/((?!_next/static|_next/image).*)"],
};
