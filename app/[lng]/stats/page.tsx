import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getT } from "@/lib/i18n/server";
import { resources } from "@/lib/i18n/resources";
import { isLocale } from "@/lib/i18n/settings";
import { ClientI18n } from "../_site/ClientI18n";
import { StatsView } from "./_components/StatsView";

export async function generateMetadata({ params }: PageProps<"/[lng]/stats">): Promise<Metadata> {
  const { lng } = await params;
  return isLocale(lng) ? { title: getT(lng, "stats")("title") } : {};
}

export default async function StatsPage({ params }: PageProps<"/[lng]/stats">) {
  const { lng } = await params;
  if (!isLocale(lng)) notFound();
  const t = getT(lng, "stats");
  return (
    <div className="page">
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <ClientI18n lng={lng} ns="stats" strings={resources[lng].stats}>
        <StatsView lng={lng} />
      </ClientI18n>
    </div>
  );
}
