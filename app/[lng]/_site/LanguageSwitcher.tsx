"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { LOCALE_COOKIE, locales, type Locale } from "@/lib/i18n/settings";

interface Props {
  current: Locale;
  label: string;
  /** Each language's name in its own language, so a learner can always find their way back. */
  names: Record<string, string>;
}

/** Links to the same page in each interface language; the locale is the first path segment. */
export function LanguageSwitcher({ current, label, names }: Props) {
  const pathname = usePathname();
  const rest = pathname.split("/").slice(2).join("/");
  return (
    <nav aria-label={label} className="language-switcher">
      <ul>
        {locales.map((lng) => (
          <li key={lng}>
            <Link
              href={`/${lng}${rest ? `/${rest}` : ""}`}
              hrefLang={lng}
              lang={lng}
              aria-current={lng === current ? "true" : undefined}
              prefetch={false}
              // Remembered here, where the learner chooses, rather than on every page response:
              // prerendered pages carry no Set-Cookie, so a CDN can cache them.
              onClick={() => {
                document.cookie = `${LOCALE_COOKIE}=${lng}; path=/; max-age=31536000; samesite=lax`;
              }}
            >
              {names[lng]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
