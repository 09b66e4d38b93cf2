import { gzipSync } from "node:zlib";
import type { Browser } from "playwright-core";

export interface PageFigures {
  path: string;
  rawBytes: number;
  gzipBytes: number;
  elements: number;
  /** Words of Icelandic text on the page (0 where there is none). */
  words: number;
  /** Navigation start until <html data-ready> (the islands are interactive). */
  readyMs: number;
  heapBytes: number;
}

/** HTML weight as served (raw and gzip at the default level) and the DOM the page builds. */
export async function pageFigures(browser: Browser, baseUrl: string, path: string): Promise<PageFigures> {
  const response = await fetch(new URL(path, baseUrl));
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  const html = Buffer.from(await response.arrayBuffer());
  const page = await browser.newPage();
  try {
    const start = Date.now();
    await page.goto(new URL(path, baseUrl).href);
    await page.waitForSelector("html[data-ready]", { state: "attached" });
    const readyMs = Date.now() - start;
    const { elements, words } = await page.evaluate(() => ({
      elements: document.getElementsByTagName("*").length,
      words: [...document.querySelectorAll<HTMLElement>("[lang=is] .sentence-is, p.sentence-is")]
        .map((p) => (p.innerText.match(/[\p{L}\p{N}]+/gu) ?? []).length)
        .reduce((a, b) => a + b, 0),
    }));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("HeapProfiler.collectGarbage");
    const heap = await cdp.send("Runtime.getHeapUsage");
    return { path, rawBytes: html.length, gzipBytes: gzipSync(html).length, elements, words, readyMs, heapBytes: heap.usedSize };
  } finally {
    await page.close();
  }
}
