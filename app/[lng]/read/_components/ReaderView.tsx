import { textView } from "@/lib/reader/text-view";
import type { ReaderDocument } from "@/lib/reader/types";
import type { ReaderLabels } from "./labels";
import { ReaderProvider } from "./ReaderProvider";
import { ReaderText, type ReaderTextExtras } from "./ReaderText";
import { ReaderToolbar } from "./ReaderToolbar";

/**
 * The reader: the one way a document is shown, whether it was built from content/ on the server
 * (app/[lng]/read/[slug]) or read from the browser's storage (app/[lng]/read/local). It takes
 * plain data only, so a server page and a client island can both render it. On the server, pass
 * `dataUrl` (where the same document is served as JSON) so the page does not carry it twice.
 */
export function ReaderView({ document, labels, dataUrl, extras }: { document: ReaderDocument; labels: ReaderLabels; dataUrl?: string; extras?: ReaderTextExtras }) {
  const view = textView(document, { titles: Boolean(dataUrl) });
  return (
    <ReaderProvider source={dataUrl ? { url: dataUrl } : { document }} entryIds={view.entryIds} labels={labels}>
      <header className="article-header">
        <h1 id="article-title" lang="is">
          {document.title.is}
        </h1>
        {document.title.en && (
          <p className="title-en" lang="en">
            {document.title.en}
          </p>
        )}
        {document.attribution && (
          <p className="attribution">
            {labels.attribution} <span lang={labels.lng}>{document.attribution[labels.lng]}</span>
          </p>
        )}
      </header>
      {/* Outside the header, so on phones it can stay at the top of the whole text (sticky). */}
      <ReaderToolbar />
      {/* Without JavaScript only the server-rendered page can be read: it carries the plain glosses. */}
      <ReaderText view={view} labels={labels} progressive={!dataUrl} extras={extras} />
    </ReaderProvider>
  );
}
