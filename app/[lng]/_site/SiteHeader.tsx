import Link from "next/link";
import { getT } from "@/lib/i18n/server";
import { locales, type Locale } from "@/lib/i18n/settings";
import { LanguageSwitcher } from "./LanguageSwitcher";
import { ReadingSettings } from "./ReadingSettings";

export function SiteHeader({ lng }: { lng: Locale }) {
  const t = getT(lng, "common");
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {t("skipToContent")}
      </a>
      <Link href={`/${lng}`} className="brand">
        <span lang="is">Samhliða</span>
      </Link>
      {/* On phones the navigation and settings fold into one menu (a popover: no script needed). */}
      <button type="button" className="menu-button" popoverTarget="site-menu">
        {t("nav.menu")}
      </button>
      <div id="site-menu" popover="auto" className="site-menu">
      <nav aria-label={t("nav.label")} className="site-nav">
        <Link href={`/${lng}`}>{t("nav.library")}</Link>
        <Link href={`/${lng}/import`}>{t("nav.import")}</Link>
        <Link href={`/${lng}/vocabulary`}>{t("nav.vocabulary")}</Link>
        <Link href={`/${lng}/review`}>{t("nav.review")}</Link>
        <Link href={`/${lng}/stats`}>{t("nav.stats")}</Link>
      </nav>
      <ReadingSettings
        labels={{
          title: t("settings.title"),
          mode: t("settings.mode"),
          modes: t("settings.modes", { returnObjects: true }),
          theme: t("settings.theme"),
          themes: t("settings.themes", { returnObjects: true }),
          textSize: t("settings.textSize"),
          smaller: t("settings.smaller"),
          larger: t("settings.larger"),
          lineSpacing: t("settings.lineSpacing"),
          lineSpacings: t("settings.lineSpacings", { returnObjects: true }),
        }}
      />
      <LanguageSwitcher
        current={lng}
        label={t("language.label")}
        names={Object.fromEntries(locales.map((l) => [l, t(`language.names.${l}`)]))}
      />
      </div>
    </header>
  );
}
