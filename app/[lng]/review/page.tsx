import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getT } from "@/lib/i18n/server";
import { resources } from "@/lib/i18n/resources";
import { isLocale } from "@/lib/i18n/settings";
import { ClientI18n } from "../_site/ClientI18n";
import { ReviewSession } from "./_components/ReviewSession";

export async function generateMetadata({ params }: PageProps<"/[lng]/review">): Promise<Metadata> {
  const { lng } = await params;
  return isLocale(lng) ? { title: getT(lng, "vocab")("review.title") } : {};
}

export default async function ReviewPage({ params }: PageProps<"/[lng]/review">) {
  const { lng } = await params;
  if (!isLocale(lng)) notFound();
  const t = getT(lng, "vocab");
  return (
    <div className="page">
      <h1>{t("review.title")}</h1>
      <ClientI18n lng={lng} ns="vocab" strings={resources[lng].vocab}>
        <ReviewSession lng={lng} />
      </ClientI18n>
    </div>
  );
}
