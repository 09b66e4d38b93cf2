import { listArticles } from "@/lib/content/load";
import { getReaderDocument } from "@/lib/reader/document";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return listArticles().map((slug) => ({ file: `${slug}.json` }));
}

/**
 * A built-in article's reader document as static JSON, written at build time. The reader page
 * carries only the rendered text; its gloss layer fetches this once (a file, so the proxy and
 * every cache treat it as one).
 */
export async function GET(_request: Request, { params }: RouteContext<"/documents/[file]">) {
  const { file } = await params;
  return Response.json(await getReaderDocument(file.replace(/\.json$/, "")));
}
