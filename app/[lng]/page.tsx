import Link from "next/link";
import { notFound } from "next/navigation";
import { listArticles } from "@/lib/content/load";
import { getT } from "@/lib/i18n/server";
import { isLocale } from "@/lib/i18n/settings";
import { getReaderDocument } from "@/lib/reader/document";
import { StoredTexts, type LibraryLabels } from "./_library/StoredTexts";

const LIBRARY_KEYS = [
  "yours", "none", "words", "counts", "lastOpened", "neverOpened", "analysing", "stopped", "rename", "renameLabel",
  "renameSave", "renameCancel", "delete", "deleted", "undo", "restored", "storageProblem", "changeFailed", "newerAnalysis",
] as const satisfies readonly (keyof LibraryLabels)[];

export default async function LibraryPage({ params }: PageProps<"/[lng]">) {
  const { lng } = await params;
  if (!isLocale(lng)) notFound();
  const t = getT(lng, "common");
  const documents = await Promise.all(listArticles().map(getReaderDocument));
  return (
    <div className="library">
      <h1>{t("library.title")}</h1>
      <p>{t("library.intro")}</p>
      <p>
        <Link className="switch primary" href={`/${lng}/import`}>
          {t("library.add")}
        </Link>
      </p>
      <ul className="card-list">
        {documents.map((document) => {
          const sentences = document.paragraphs.reduce((sum, p) => sum + p.sentences.length, 0);
          return (
            <li key={document.id} className="card text-card">
              <h2>
                <Link href={`/${lng}/read/${document.id}`} lang="is">
                  {document.title.is}
                </Link>
              </h2>
              <p lang="en">{document.title.en}</p>
              <p>
                {t("library.size", { paragraphs: document.paragraphs.length, sentences })} ·{" "}
                <span lang={lng}>{document.attribution?.[lng]}</span>
              </p>
            </li>
          );
        })}
      </ul>
      <StoredTexts lng={lng} labels={Object.fromEntries(LIBRARY_KEYS.map((key) => [key, t(`library.${key}`)])) as Record<(typeof LIBRARY_KEYS)[number], string>} />
    </div>
  );
}
