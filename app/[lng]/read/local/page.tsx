import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getT } from "@/lib/i18n/server";
import { isLocale } from "@/lib/i18n/settings";
import { readerLabels } from "../_components/labels";
import { LocalReader } from "./LocalReader";

export async function generateMetadata({ params }: PageProps<"/[lng]/read/local">): Promise<Metadata> {
  const { lng } = await params;
  return isLocale(lng) ? { title: getT(lng, "reader")("local.title") } : {};
}

/**
 * A text stored in this browser (/<lng>/read/local?id=…). The page itself is static: the id is read
 * in the browser, and the document comes from IndexedDB, so nothing of the learner's text reaches the server.
 */
export default async function LocalReadPage({ params }: PageProps<"/[lng]/read/local">) {
  const { lng } = await params;
  if (!isLocale(lng)) notFound();
  const t = getT(lng, "reader");
  return (
    <LocalReader
      labels={readerLabels(lng)}
      messages={{
        loading: t("local.loading"),
        missing: t("local.missing"),
        invalid: t("local.invalid"),
        unavailable: t("local.unavailable"),
        back: t("local.back"),
        merge: t("local.rows.merge"),
        split: t("local.rows.split"),
        merged: t("local.rows.merged"),
        splitDone: t("local.rows.splitDone"),
        failed: t("local.rows.failed"),
        pending: t("local.analysis.pending"),
        stopped: t("local.analysis.stopped"),
        noTranslation: t("local.noTranslation"),
        resumeHelp: t("local.analysis.resumeHelp"),
        resume: t("local.analysis.resume"),
        resuming: t("local.analysis.resuming"),
        resumed: t("local.analysis.resumed"),
        resumeFailed: t("local.analysis.resumeFailed", { returnObjects: true }),
        refresh: t("local.refresh", { returnObjects: true }),
      }}
      libraryHref={`/${lng}`}
    />
  );
}
