import { NextResponse, type NextRequest } from "next/server";
import { LOCALE_COOKIE, negotiateLocale } from "./lib/i18n/negotiate";
import { isLocale } from "./lib/i18n/settings";

/**
 * Locale routing. A path without a locale is redirected to the learner's language; a path with
 * one remembers it in a cookie, so the next first visit lands there. Pages stay static: the
 * locale is always in the URL, never read from a header during rendering.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const first = pathname.split("/")[1];
  if (isLocale(first)) {
    const response = NextResponse.next();
    if (request.cookies.get(LOCALE_COOKIE)?.value !== first) {
      response.cookies.set(LOCALE_COOKIE, first, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
    }
    return response;
  }
  const lng = negotiateLocale(request.cookies.get(LOCALE_COOKIE)?.value, request.headers.get("accept-language"));
  const url = request.nextUrl.clone();
  url.pathname = `/${lng}${pathname === "/" ? "" : pathname}`;
  url.search = search;
  return NextResponse.redirect(url);
}

export const config = {
  // Everything but API routes, Next's own files and files with an extension (fonts, icons).
  matcher: ["/((?!api|_next|.*\\..*).*)"],
};
