import { holdArticleData, open, reload } from "./support";
import { expect, test, type Page } from "@playwright/test";

const ARTICLE = "/en/read/drone-attack-anbar";

function term(page: Page, form: string) {
  return page.locator(".term", { hasText: new RegExp(`^${form}$`) }).first();
}

/** The one gloss layer: it shows the gloss of the word hovered, tapped or focused. */
function gloss(page: Page) {
  return page.getByRole("tooltip");
}

test.describe("reading the first article", () => {
  test("shows 17 aligned sentence pairs in 13 paragraphs, Icelandic beside English", async ({ page }) => {
    await open(page, ARTICLE);
    await expect(page.locator(".paragraph")).toHaveCount(13);
    await expect(page.locator(".pair")).toHaveCount(17);
    const first = page.locator(".pair").first();
    // innerText: what a reader sees, without the (hidden) glosses.
    await expect(first.locator("p.sentence-is")).toContainText("Tveimur sprengjudrónum var beint að herstöð", {
      useInnerText: true,
    });
    await expect(first.locator('p[lang="en"]')).toContainText("Two bomb drones");
    // The tenth paragraph has no full stop in the source and is shown as it stands. Paragraphs far
    // from the screen are laid out only when they come near (content-visibility), so scroll to it.
    await page.locator(".paragraph").nth(9).scrollIntoViewIfNeeded();
    await expect(page.locator(".paragraph").nth(9).locator("p.sentence-is")).toHaveText(
      /bandamanna þeirra í Sýrlandi$/,
      { useInnerText: true },
    );
    // Side by side: the English sentence starts level with the Icelandic one, to its right.
    const is = await first.locator("p.sentence-is").boundingBox();
    const en = await first.locator("p.sentence-en").boundingBox();
    expect(is && en && en.x > is.x + is.width - 1 && Math.abs(en.y - is.y) < 4).toBe(true);
  });

  test("the page the server rendered is the page the browser hydrates: no React error in either language", async ({ page }) => {
    // The text is rendered from its compact view on the server and again in the browser; any
    // difference between the two is a hydration error (React #418/#425) reported here.
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    for (const path of [ARTICLE, "/is/read/drone-attack-anbar"]) {
      await open(page, path);
      await term(page, "sprengjudrónum").hover();
      await expect(gloss(page)).toBeVisible();
    }
    expect(errors).toEqual([]);
  });

  test("hovering loftvarnakerfum shows air defence systems", async ({ page }) => {
    await open(page, ARTICLE);
    await expect(gloss(page)).toBeHidden();
    await term(page, "loftvarnakerfum").hover();
    const shown = gloss(page);
    await expect(shown).toBeVisible();
    await expect(term(page, "loftvarnakerfum")).toHaveAttribute("aria-describedby", "reader-gloss");
    // The plain title (for reading without JavaScript) is gone, so no native tooltip doubles the gloss.
    await expect(term(page, "loftvarnakerfum")).not.toHaveAttribute("title");
    await expect(shown).toContainText("loftvarnakerfi");
    await expect(shown).toContainText(/air defence system/);
  });

  test("a word hovered before the text's data has arrived opens its gloss as soon as it does", async ({ page }) => {
    // The page loads its gloss data after load; hold it back until the word has been hovered.
    const data = await holdArticleData(page);
    await page.goto(ARTICLE);
    // Hydrated, and the learner's words counted, but not ready: the data is still on its way.
    await expect(page.locator("html")).toHaveAttribute("data-hydrated", "true");
    await expect(page.getByText(/\d+ new or learning/).first()).toBeVisible();
    // The web font swapping in may rewrap a line under the pointer; a reader hovers a settled page.
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await term(page, "loftvarnakerfum").hover();
    await expect.poll(data.requested).toBe(true);
    await expect(page.locator("html")).not.toHaveAttribute("data-ready", "true");
    await expect(gloss(page)).toBeHidden();
    data.release();
    await expect(gloss(page)).toBeVisible();
    await expect(gloss(page)).toContainText("loftvarnakerfi");
    await expect(gloss(page)).toContainText(/air defence system/);
    await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  });

  test("hovering sprengjudrónum shows the lemma sprengjudróni, a drone, and its parts", async ({ page }) => {
    await open(page, ARTICLE);
    await term(page, "sprengjudrónum").hover();
    const shown = gloss(page);
    await expect(shown.locator(".gloss-lemma")).toHaveText("sprengjudróni");
    await expect(shown).toContainText("drone");
    await expect(shown.locator(".gloss-parts")).toContainText("bomb");
    // The gloss sits below the word (or above it, near the bottom of the screen), never over it,
    // and inside the viewport.
    const word = (await term(page, "sprengjudrónum").boundingBox())!;
    const box = (await shown.boundingBox())!;
    expect(box.y >= word.y + word.height || box.y + box.height <= word.y).toBe(true);
    const viewport = page.viewportSize()!;
    expect(box.x >= 0 && box.x + box.width <= viewport.width && box.y >= 0 && box.y + box.height <= viewport.height).toBe(true);
  });

  test("hovering a sentence highlights its partner", async ({ page }) => {
    await open(page, ARTICLE);
    const pair = page.locator(".pair").nth(2);
    const english = pair.locator("p.sentence-en");
    const before = await english.evaluate((el) => getComputedStyle(el.parentElement!).backgroundColor);
    await pair.locator("p.sentence-is").hover({ position: { x: 2, y: 2 } });
    await expect
      .poll(() => english.evaluate((el) => getComputedStyle(el.parentElement!).backgroundColor))
      .not.toBe(before);
  });

  test("Tab reaches a term and shows its gloss; Escape closes it", async ({ page }) => {
    await open(page, ARTICLE);
    await page.locator("h1").click();
    let focusedIsTerm = false;
    for (let i = 0; i < 30 && !focusedIsTerm; i++) {
      await page.keyboard.press("Tab");
      focusedIsTerm = await page.evaluate(() => document.activeElement?.classList.contains("term") ?? false);
    }
    expect(focusedIsTerm).toBe(true);
    const focusedGloss = page.getByRole("tooltip");
    await expect(focusedGloss).toBeVisible();
    await expect(focusedGloss).toHaveAttribute("role", "tooltip");
    const describedBy = await page.evaluate(() => document.activeElement?.getAttribute("aria-describedby"));
    expect(describedBy).toBe(await focusedGloss.getAttribute("id"));
    await page.keyboard.press("Escape");
    await expect(focusedGloss).toBeHidden();
  });

  test("switching hints off removes marks and glosses, and survives a reload", async ({ page }) => {
    await open(page, ARTICLE);
    const hints = page.getByRole("button", { name: "Glossary hints" });
    await expect(hints).toHaveAttribute("aria-pressed", "true");
    await hints.click();
    await expect(hints).toHaveAttribute("aria-pressed", "false");
    const underline = () =>
      term(page, "loftvarnakerfum").evaluate((el) => getComputedStyle(el).textDecorationLine);
    expect(await underline()).toBe("none");
    await term(page, "loftvarnakerfum").hover();
    await expect(gloss(page)).toBeHidden();

    await reload(page);
    await expect(page.getByRole("button", { name: "Glossary hints" })).toHaveAttribute("aria-pressed", "false");
    expect(await underline()).toBe("none");
    await term(page, "loftvarnakerfum").hover();
    await expect(gloss(page)).toBeHidden();
    // Terms leave the tab order while hints are off.
    await expect(term(page, "loftvarnakerfum")).toHaveAttribute("tabindex", "-1");

    await page.getByRole("button", { name: "Glossary hints" }).click();
    await term(page, "loftvarnakerfum").hover();
    await expect(gloss(page)).toBeVisible();
  });

  test("the English column can be hidden and shown again", async ({ page }) => {
    await open(page, ARTICLE);
    const english = page.getByRole("button", { name: "English translation" });
    await english.click();
    await expect(page.locator("p.sentence-en").first()).toBeHidden();
    await reload(page);
    await expect(page.locator("p.sentence-en").first()).toBeHidden();
    await page.getByRole("button", { name: "English translation" }).click();
    await expect(page.locator("p.sentence-en").first()).toBeVisible();
  });

  test("switching the interface to Icelandic changes strings and <html lang>", async ({ page }) => {
    await open(page, ARTICLE);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.getByRole("link", { name: "Íslenska" }).click();
    await expect(page).toHaveURL(/\/is\/read\/drone-attack-anbar$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "is");
    await expect(page.getByRole("button", { name: "Orðskýringar" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Textasafn" })).toBeVisible();
    await page.getByRole("link", { name: "English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  });

  test("credits BÍN and the Árni Magnússon Institute", async ({ page }) => {
    await open(page, ARTICLE);
    await expect(page.locator("footer")).toContainText("Árni Magnússon Institute for Icelandic Studies");
    await expect(page.locator("footer")).toContainText("BÍN");
  });
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true });

  test("pairs stack with no horizontal scroll, and a tap opens a gloss", async ({ page }) => {
    await open(page, ARTICLE);
    const first = page.locator(".pair").first();
    const is = await first.locator("p.sentence-is").boundingBox();
    const en = await first.locator("p.sentence-en").boundingBox();
    expect(is && en && en.y >= is.y + is.height - 1).toBe(true);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);

    await term(page, "sprengjudrónum").tap();
    const shown = gloss(page);
    await expect(shown).toBeVisible();
    const box = await shown.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 375).toBe(true);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the text is complete and every glossed word shows its lemma and meaning on hover (title)", async ({ page }) => {
    await page.goto(ARTICLE);
    await expect(page.locator(".pair")).toHaveCount(17);
    await expect(page.locator("p.sentence-is").nth(1)).toContainText("Annar dróninn var skotinn niður af loftvarnakerfum");
    await expect(term(page, "loftvarnakerfum")).toHaveAttribute("title", "loftvarnakerfi: air defence system");
    await expect(term(page, "sprengjudrónum")).toHaveAttribute("title", /^sprengjudróni: .*drone/);
    expect(await page.locator(".term:not([title])").count()).toBe(0);
  });
});

test.describe("first visit", () => {
  test("an Icelandic browser lands on the Icelandic interface", async ({ browser }) => {
    const context = await browser.newContext({ locale: "is-IS", extraHTTPHeaders: { "Accept-Language": "is-IS,is;q=0.9,en;q=0.5" } });
    const page = await context.newPage();
    await page.goto("/");
    await expect(page).toHaveURL(/\/is$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "is");
    await context.close();
  });

  test("an English browser lands on the English interface and finds the article", async ({ browser }) => {
    const context = await browser.newContext({ locale: "en-GB", extraHTTPHeaders: { "Accept-Language": "en-GB,en;q=0.8" } });
    const page = await context.newPage();
    await page.goto("/");
    await expect(page).toHaveURL(/\/en$/);
    await page.getByRole("link", { name: "Drónaárás á herstöð Bandaríkjahers í Írak" }).click();
    await expect(page.locator(".pair")).toHaveCount(17);
    await context.close();
  });
});
