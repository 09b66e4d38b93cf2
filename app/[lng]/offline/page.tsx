import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getT } from "@/lib/i18n/server";
import { isLocale } from "@/lib/i18n/settings";

export async function generateMetadata({ params }: PageProps<"/[lng]/offline">): Promise<Metadata> {
  const { lng } = await params;
  return isLocale(lng) ? { title: getT(lng, "common")("offline.title"), robots: { index: false } } : {};
}

/**
 * What the service worker shows for a page it cannot serve without a connection (app/sw.ts):
 * what works offline and what does not, in the interface language.
 */
export default async function OfflinePage({ params }: PageProps<"/[lng]/offline">) {
  const { lng } = await params;
  if (!isLocale(lng)) notFound();
  const t = getT(lng, "common");
  const list = (key: "offline.worksItems" | "offline.needsItems") => t(key, { returnObjects: true });
  return (
    <div className="page offline">
      <h1>{t("offline.title")}</h1>
      <p>{t("offline.intro")}</p>
      <h2>{t("offline.works")}</h2>
      <ul>
        {list("offline.worksItems").map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <h2>{t("offline.needs")}</h2>
      <ul>
        {list("offline.needsItems").map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <p>{t("offline.retry")}</p>
      <p>
        <Link href={`/${lng}`}>{t("offline.back")}</Link>
      </p>
    </div>
  );
}
