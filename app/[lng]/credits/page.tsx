import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getT } from "@/lib/i18n/server";
import { isLocale } from "@/lib/i18n/settings";
import { CREDITS } from "./credits";

export async function generateMetadata({ params }: PageProps<"/[lng]/credits">): Promise<Metadata> {
  const { lng } = await params;
  return isLocale(lng) ? { title: getT(lng, "credits")("title") } : {};
}

export default async function CreditsPage({ params }: PageProps<"/[lng]/credits">) {
  const { lng } = await params;
  if (!isLocale(lng)) notFound();
  const t = getT(lng, "credits");
  return (
    <div className="page credits">
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <ul className="card-list">
        {CREDITS.map((credit) => (
          <li key={credit.id} className="card">
            <h2>
              <a href={credit.href} lang={credit.lang}>
                {credit.name}
              </a>
            </h2>
            <p>{t(`items.${credit.id}.holder`)}</p>
            <dl>
              <dt>{t("usedFor")}</dt>
              <dd>{t(`items.${credit.id}.use`)}</dd>
              <dt>{t("licence")}</dt>
              <dd>
                <a href={credit.licenceHref}>{credit.licence}</a>
              </dd>
            </dl>
          </li>
        ))}
      </ul>
    </div>
  );
}
