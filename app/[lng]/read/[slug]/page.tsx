import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isLocale } from "@/lib/i18n/settings";
import { listArticles } from "@/lib/content/load";
import { getReaderDocument } from "@/lib/reader/document";
import { readerLabels } from "../_components/labels";
import { ReaderView } from "../_components/ReaderView";

export const dynamicParams = false;

export function generateStaticParams() {
  return listArticles().map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: PageProps<"/[lng]/read/[slug]">): Promise<Metadata> {
  const { lng, slug } = await params;
  const document = await getReaderDocument(slug);
  return { title: lng === "is" ? document.title.is : document.title.en };
}

export default async function ReadPage({ params }: PageProps<"/[lng]/read/[slug]">) {
  const { lng, slug } = await params;
  if (!isLocale(lng)) notFound();
  return <ReaderView document={await getReaderDocument(slug)} labels={readerLabels(lng)} dataUrl={`/documents/${slug}.json`} />;
}
