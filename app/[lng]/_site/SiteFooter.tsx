import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";

export function SiteFooter({ lng }: { lng: Locale }) {
  const t = getT(lng, "common");
  return (
    <footer className="site-footer">
      <p>
        {t("credits.bin")}{" "}
        <a href="https://bin.arnastofnun.is/" lang="is">
          Beygingarlýsing íslensks nútímamáls (BÍN)
        </a>{" "}
        © {t("credits.binOwner")}.
      </p>
      <p>{t("credits.translation")} <a href={`/${lng}/credits`}>{getT(lng, "credits")("footerLink")}</a></p>
    </footer>
  );
}
