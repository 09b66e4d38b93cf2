import { expect, type Page } from "@playwright/test";

/** Opens a page and waits until its client islands are interactive (html[data-ready]). */
export async function open(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
}

/** Reloads and waits for the islands again. */
export async function reload(page: Page) {
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
}

/**
 * Holds a built-in article's gloss data back until `release()`, to act before it has arrived;
 * `requested()` says whether the page has asked for it yet.
 */
export async function holdArticleData(page: Page, slug = "drone-attack-anbar") {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  let requested = false;
  await page.route(`**/documents/${slug}.json`, async (route) => {
    requested = true;
    await held;
    await route.continue();
  });
  return { release: () => release(), requested: () => requested };
}

/** The next import's connection drops after its first paragraph: the real stream, cut after two events. */
export async function cutImportAfterFirstParagraph(page: Page) {
  await page.route(
    "**/api/import",
    async (route) => {
      const response = await route.fetch();
      const events = (await response.text()).split("\n").filter(Boolean);
      await route.fulfill({ response, body: `${events.slice(0, 2).join("\n")}\n` });
    },
    { times: 1 },
  );
}
