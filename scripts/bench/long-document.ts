import { chromium, type Page } from "playwright-core";
import { generateDocument } from "../../lib/reader/generate";
import { storeDocument, TEXTS_DB } from "./store-document";

export interface LongDocumentFigures {
  words: number;
  /** Navigation start until a word's gloss is open on screen. */
  glossReadyMs: number;
  /** Navigation start until every word is on the page. */
  renderedMs: number;
  elements: number;
  elementsPerWord: number;
  /** Longest main-thread task while opening a gloss (PerformanceObserver "longtask"; 0 when none passed 50 ms). */
  longestTaskMs: number;
  heapBytes: number;
}

const WORDS = 10_000;

/** Collects long tasks from the first byte on; read back with page.evaluate. */
function observeLongTasks() {
  const tasks: { start: number; duration: number }[] = [];
  Object.defineProperty(window, "__longTasks", { value: tasks });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: "longtask", buffered: true });
}

async function openGloss(page: Page, index: number) {
  const term = page.locator(".term").nth(index);
  await term.scrollIntoViewIfNeeded();
  await term.hover();
  await page.getByRole("tooltip").waitFor({ state: "visible" });
}

/**
 * Opens a generated 10,000-word document through the client route (/en/read/local?id=…) the way
 * an imported text will be opened: stored in IndexedDB first, then loaded and rendered in the browser.
 */
export async function measureLongDocument(baseUrl: string, chromiumPath: string): Promise<LongDocumentFigures> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ["--headless", "--no-sandbox", "--disable-gpu"] });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.addInitScript(observeLongTasks);
    await page.goto(new URL("/en", baseUrl).href);
    const generated = generateDocument({ id: "bench-long", words: WORDS });
    await page.evaluate(storeDocument, { db: TEXTS_DB, document: generated });

    const start = Date.now();
    await page.goto(new URL(`/en/read/local?id=${generated.id}`, baseUrl).href);
    await openGloss(page, 0);
    const glossReadyMs = Date.now() - start;

    // Measure the next gloss once the whole text is on the page, so the task measured is the gloss's own.
    await page.waitForFunction((words) => document.querySelectorAll(".term").length >= words, WORDS, { timeout: 120_000 });
    const renderedMs = Date.now() - start;
    await page.mouse.move(0, 0);
    await page.waitForTimeout(300);
    const mark = await page.evaluate(() => performance.now());
    await openGloss(page, 2_000);
    await page.waitForTimeout(300);
    const longestTaskMs = await page.evaluate(
      (since) =>
        Math.max(0, ...(window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks
          .filter((task) => task.start + task.duration >= since)
          .map((task) => task.duration)),
      mark,
    );
    const elements = await page.evaluate(() => document.getElementsByTagName("*").length);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("HeapProfiler.collectGarbage");
    const heap = await cdp.send("Runtime.getHeapUsage");
    return { words: WORDS, glossReadyMs, renderedMs, elements, elementsPerWord: elements / WORDS, longestTaskMs, heapBytes: heap.usedSize };
  } finally {
    await browser.close();
  }
}
