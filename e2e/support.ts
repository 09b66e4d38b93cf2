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
