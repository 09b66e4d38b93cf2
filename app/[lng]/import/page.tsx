import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getT } from "@/lib/i18n/server";
import { resources } from "@/lib/i18n/resources";
import { isLocale } from "@/lib/i18n/settings";
import { MAX_CHARACTERS } from "@/lib/texts/validate-input";
import { ClientI18n } from "../_site/ClientI18n";
import { ImportForm } from "./_components/ImportForm";

export async function generateMetadata({ params }: PageProps<"/[lng]/import">): Promise<Metadata> {
  const { lng } = await params;
  return isLocale(lng) ? { title: getT(lng, "import")("title") } : {};
}

/** Bring your own text: a static page whose form is one client island (the text never reaches the HTML). */
export default async function ImportPage({ params }: PageProps<"/[lng]/import">) {
  const { lng } = await params;
  if (!isLocale(lng)) notFound();
  const t = getT(lng, "import");
  return (
    <div className="page import-page">
      <h1>{t("title")}</h1>
      <p>{t("intro", { limit: MAX_CHARACTERS.toLocaleString(lng) })}</p>
      <ClientI18n lng={lng} ns="import" strings={resources[lng].import}>
        <ImportForm lng={lng} />
      </ClientI18n>
    </div>
  );
}
