import { gzipSync } from "node:zlib";
import { kb } from "./measure";
import type { BenchContext, Figure } from "./types";

/** The reader's HTML as served, raw and gzipped (issue 9: ≤ 150 KB raw, ≤ 25 KB gzip), beside the library page's. */
export async function measure(context: BenchContext): Promise<Figure[]> {
  const size = async (page: string) => {
    const html = Buffer.from(await (await fetch(new URL(page, context.baseUrl))).arrayBuffer());
    return { raw: html.length, gzip: gzipSync(html).length };
  };
  const reader = await size(context.readerPath);
  const library = await size(context.libraryPath);
  return [
    { section: "reader page", measure: "HTML raw", value: kb(reader.raw), baseline: `library ${kb(library.raw)}`, target: "≤ 150 KB", met: reader.raw <= 150 * 1024, number: reader.raw },
    { section: "reader page", measure: "HTML gzip", value: kb(reader.gzip), baseline: `library ${kb(library.gzip)}`, target: "≤ 25 KB", met: reader.gzip <= 25 * 1024, number: reader.gzip },
  ];
}
