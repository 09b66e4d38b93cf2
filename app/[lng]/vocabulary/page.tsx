import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getT } from "@/lib/i18n/server";
import { resources } from "@/lib/i18n/resources";
import { isLocale } from "@/lib/i18n/settings";
import { ClientI18n } from "../_site/ClientI18n";
import { VocabularyView } from "./_components/VocabularyView";

export async function generateMetadata({ params }: PageProps<"/[lng]/vocabulary">): Promise<Metadata> {
  const { lng } = await params;
  return isLocale(lng) ? { title: getT(lng, "vocab")("title") } : {};
}

export default async function VocabularyPage({ params }: PageProps<"/[lng]/vocabulary">) {
  const { lng } = await params;
  if (!isLocale(lng)) notFound();
  const t = getT(lng, "vocab");
  return (
    <div className="page">
      <h1>{t("title")}</h1>
      <p>
        {t("intro")} <Link href={`/${lng}/stats`}>{t("statsLink")}</Link>
      </p>
      <ClientI18n lng={lng} ns="vocab" strings={resources[lng].vocab}>
        <VocabularyView lng={lng} />
      </ClientI18n>
    </div>
  );
}
