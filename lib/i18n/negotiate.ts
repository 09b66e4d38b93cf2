import { match } from "@formatjs/intl-localematcher";
import Negotiator from "negotiator";
import { LOCALE_COOKIE, defaultLocale, isLocale, locales, type Locale } from "./settings";

export { LOCALE_COOKIE };

/**
 * The interface language for a first visit: the learner's earlier choice (cookie) wins, then the
 * browser's Accept-Language, then English. Icelandic variants (is-IS) count as Icelandic.
 */
export function negotiateLocale(cookie: string | undefined, acceptLanguage: string | null): Locale {
  if (isLocale(cookie)) return cookie;
  const requested = new Negotiator({ headers: { "accept-language": acceptLanguage ?? "" } }).languages();
  try {
    const matched = match(requested, locales, defaultLocale);
    return isLocale(matched) ? matched : defaultLocale;
  } catch {
    // A malformed Accept-Language tag makes the matcher throw; fall back rather than fail the page.
    return defaultLocale;
  }
}
