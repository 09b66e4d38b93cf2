"use client";

import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { Suspense } from "react";
import { LOCALE_COOKIE, locales, type Locale } from "@/lib/i18n/settings";

interface Props {
  current: Locale;
  label: string;
  /** Each language's name in its own language, so a learner can always find their way back. */
  names: Record<string, string>;
}

/** Links to the same page in each interface language; the locale is the first path segment. */
export function LanguageSwitcher({ current, label, names }: Props) {
  return (
    <nav aria-label={label} className="language-switcher">
      {/* The query names what a page shows (/read/local?id=…), so it is kept; prerendered pages
          only learn it in the browser, hence the boundary, whose fallback links without it. */}
      <Suspense fallback={<LanguageLinks current={current} names={names} search="" />}>
        <LanguageLinksWithQuery current={current} names={names} />
      </Suspense>
    </nav>
  );
}

function LanguageLinksWithQuery({ current, names }: Omit<Props, "label">) {
  const query = useSearchParams().toString();
  return <LanguageLinks current={current} names={names} search={query ? `?${query}` : ""} />;
}

function LanguageLinks({ current, names, search }: Omit<Props, "label"> & { search: string }) {
  const rest = usePathname().split("/").slice(2).join("/");
  return (
    <ul>
      {locales.map((lng) => (
        <li key={lng}>
          <Link
            href={`/${lng}${rest ? `/${rest}` : ""}${search}`}
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
  );
}
