import { expect, test, type Page } from "@playwright/test";
import { generateDocument } from "../lib/reader/generate";
import { storeDocument, TEXTS_DB } from "../scripts/bench/store-document";
import { open } from "./support";

/** Stores a document in this browser's IndexedDB, as the import feature will, from a page of the app's origin. */
async function storeLongDocument(page: Page, id: string, words: number) {
  await open(page, "/en");
  await page.evaluate(storeDocument, { db: TEXTS_DB, document: generateDocument({ id, words }) });
}

test.describe("a text stored in the browser", () => {
  test("a generated 10,000-word document opens through the client route and its words' glosses open", async ({ page }) => {
    test.setTimeout(90_000);
    await storeLongDocument(page, "long-e2e", 10_000);
    await open(page, "/en/read/local?id=long-e2e");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Langur texti (10000 orð)");
    // Long texts appear a slice at a time; wait (generously: machines differ) for the whole text.
    await expect(page.locator(".term")).toHaveCount(10_000, { timeout: 60_000 });

    const word = page.locator(".term", { hasText: /^flugvellinum$/ }).nth(300);
    await word.scrollIntoViewIfNeeded();
    await word.hover();
    const gloss = page.getByRole("tooltip");
    await expect(gloss).toBeVisible();
    await expect(word).toHaveAttribute("aria-describedby", "reader-gloss");
    await expect(gloss.locator(".gloss-lemma")).toHaveText("flugvöllur");
    await expect(gloss).toContainText("Automatic analysis");
    await expect(gloss).toContainText("airport");
    await expect(gloss).toContainText("meaning from Wiktionary");
    await expect(gloss).toContainText("dative singular masculine, definite (dative after á)");
    await expect(gloss.locator(".gloss-parts")).toContainText("flug “flight” + vellinum (völlur) “field”");
    const bin = gloss.getByRole("link", { name: /BÍN/ });
    await expect(bin).toHaveAttribute("href", "https://bin.arnastofnun.is/leit/?q=flugv%C3%B6llur");
    await expect(bin).toHaveAttribute("target", "_blank");
    await expect(bin).toHaveAttribute("rel", "noopener noreferrer");
    await expect(gloss.getByRole("link", { name: /Wiktionary/ })).toHaveAttribute("href", /en\.wiktionary\.org\/wiki\/flugv%C3%B6llur/);

    // Keys work there as on a built-in article: focus a word, save it, mark it known.
    await word.focus();
    await page.keyboard.press("k");
    await expect(gloss.getByRole("button", { name: "Known" })).toHaveAttribute("aria-pressed", "true");
    await page.keyboard.press("Escape");
    await expect(gloss).toHaveCount(0);
  });

  test("other readings show as 'also', and grammar is named in the interface language", async ({ page }) => {
    await storeLongDocument(page, "short-is", 400);
    await open(page, "/is/read/local?id=short-is");
    const word = page.locator(".term", { hasText: /^vikunni$/ }).first();
    await word.hover();
    const gloss = page.getByRole("tooltip");
    await expect(gloss).toContainText("þágufall eintala kvenkyn, með greini (þágufall á eftir „í“)");
    await expect(gloss).toContainText("Sjálfvirk greining");
    await page.locator(".term", { hasText: /^á$/ }).first().hover();
    // Each other lemma is named once, its readings after it.
    await expect(gloss.locator(".gloss-also")).toContainText("á (nafnorð): nefnifall eintala kvenkyn · eiga (sagnorð): 3. persóna eintala, nútíð");
  });

  test("switching the interface language keeps the stored text open", async ({ page }) => {
    await storeLongDocument(page, "switch-lang", 400);
    await open(page, "/en/read/local?id=switch-lang");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Langur texti (400 orð)");
    await page.getByRole("link", { name: "Íslenska" }).click();
    await expect(page).toHaveURL(/\/is\/read\/local\?id=switch-lang$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "is");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Langur texti (400 orð)");
    await page.locator(".term", { hasText: /^vikunni$/ }).first().hover();
    await expect(page.getByRole("tooltip")).toContainText("Sjálfvirk greining");
  });

  test("the offer to update an older analysis is there when the text appears, so the text does not move under the pointer", async ({ page }) => {
    // A generated document carries no analysis stamp, so the server's analysis counts as newer.
    await storeLongDocument(page, "no-shift", 400);
    // A server a moment slow to say which analysis it runs.
    await page.route("**/api/analysis", async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      await route.continue();
    });
    await page.goto("/en/read/local?id=no-shift");
    const firstWord = page.locator(".term").first();
    await expect(firstWord).toBeVisible();
    const where = await firstWord.boundingBox();
    await expect(page.getByRole("button", { name: "Update the analysis" })).toBeVisible();
    expect(await firstWord.boundingBox()).toEqual(where);
  });

  test("an id that is not stored says so, in the interface language", async ({ page }) => {
    await open(page, "/is/read/local?id=not-there");
    await expect(page.getByRole("alert").filter({ hasText: "Þessi texti" })).toContainText("Þessi texti er ekki geymdur í þessum vafra");
    await expect(page.getByRole("link", { name: "Aftur í textasafnið" })).toBeVisible();
  });
});

test.describe("phones at 320 px with a gloss open", () => {
  test.use({ viewport: { width: 320, height: 640 }, hasTouch: true });

  for (const [name, path] of [
    ["a built-in article", "/en/read/drone-attack-anbar"],
    ["a stored text", "/en/read/local?id=narrow"],
  ] as const) {
    test(`no horizontal scroll on ${name}, with the gloss inside the screen`, async ({ page }) => {
      if (path.includes("local")) await storeLongDocument(page, "narrow", 300);
      await open(page, path);
      const words = page.locator(".term");
      // The word furthest to the right on the first lines: its gloss would overflow if not placed.
      const boxes = await words.evaluateAll((all) => all.slice(0, 40).map((el) => el.getBoundingClientRect().right));
      const rightmost = boxes.indexOf(Math.max(...boxes));
      await words.nth(rightmost).tap();
      const gloss = page.getByRole("tooltip");
      await expect(gloss).toBeVisible();
      const box = (await gloss.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(320);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    });
  }
});
