import { readFileSync } from "node:fs";
import { holdArticleData, open, reload } from "./support";
import { expect, test, type Page } from "@playwright/test";

const ARTICLE = "/en/read/drone-attack-anbar";

const termOf = (page: Page, form: string) => page.locator(".term", { hasText: new RegExp(`^${form}$`) }).first();
/** The one gloss layer, open on the word hovered or focused. */
const gloss = (page: Page) => page.getByRole("tooltip");
const background = (page: Page, form: string) => termOf(page, form).evaluate((el) => getComputedStyle(el).backgroundColor);

async function saveFromGloss(page: Page, form: string, save = "Save", saved = "Saved") {
  await termOf(page, form).hover();
  await expect(gloss(page)).toBeVisible();
  await gloss(page).getByRole("button", { name: save }).click();
  await expect(gloss(page).getByRole("button", { name: saved })).toHaveAttribute("aria-pressed", "true");
}

test.describe("vocabulary", () => {
  test("save loftvarnakerfum from its gloss, reload, and find it under its lemma and by another form", async ({ page }) => {
    await open(page, ARTICLE);
    await expect(page.locator("html")).toHaveClass(/vocab-ready/);
    const unsaved = await background(page, "loftvarnakerfum");
    await saveFromGloss(page, "loftvarnakerfum");
    await page.mouse.move(0, 0);
    await reload(page);
    // Saved words are coloured as new; the gloss says it is saved.
    await expect.poll(() => background(page, "loftvarnakerfum")).not.toBe(unsaved);
    await termOf(page, "loftvarnakerfum").hover();
    await expect(gloss(page).getByRole("button", { name: "Saved" })).toHaveAttribute("aria-pressed", "true");

    await page.getByRole("link", { name: "Vocabulary" }).click();
    const card = page.locator(".word-card", { has: page.getByRole("heading", { name: "loftvarnakerfi" }) });
    await expect(card).toBeVisible();
    await expect(card).toContainText("Annar dróninn var skotinn niður af loftvarnakerfum");
    await expect(card).toContainText("shot down by air defence systems");

    const search = page.getByRole("searchbox", { name: "Search" });
    await search.fill("loftvarnakerfin");
    await expect(card).toBeVisible();
    await search.fill("dróna");
    await expect(page.getByText("No saved word matches.")).toBeVisible();
  });

  test("a status set from the gloss colours the word, counts follow, and hints switch the colours off", async ({ page }) => {
    await open(page, ARTICLE);
    await expect(page.locator("html")).toHaveClass(/vocab-ready/);
    const counts = page.locator(".vocab-counts");
    await expect(counts).toContainText("Known 0");
    const term = termOf(page, "sprengjudrónum");
    const other = await background(page, "dróninn");
    await term.focus();
    await page.keyboard.press("1");
    await expect(gloss(page).getByRole("button", { name: "Learning 1" })).toHaveAttribute("aria-pressed", "true");
    await page.keyboard.press("Escape");
    await page.locator("h1").click();
    // Unfocused and not hovered, the word shows its status colour, unlike an unsaved word.
    await expect.poll(() => background(page, "sprengjudrónum")).not.toBe(other);
    await expect(counts).toContainText("Learning 1");
    await term.hover();
    await gloss(page).getByRole("button", { name: "Known" }).click();
    await expect(gloss(page).getByRole("button", { name: "Known" })).toHaveAttribute("aria-pressed", "true");
    await expect(counts).toContainText("Known 1");
    await expect(page.locator('.pair[id="p1.s1"] .unknown-count')).toContainText(/\d+ new or learning/);

    await termOf(page, "dróninn").focus();
    await page.keyboard.press("2");
    await page.keyboard.press("Escape");
    await page.locator("h1").click();
    await page.mouse.move(0, 0);
    await expect.poll(() => background(page, "dróninn")).not.toBe(other);
    await page.getByRole("button", { name: "Glossary hints" }).click();
    await page.mouse.move(0, 0);
    await expect.poll(() => background(page, "dróninn")).toBe("rgba(0, 0, 0, 0)");
  });

  test("saved words show their colour and the text's counts before the text's data has arrived", async ({ page }) => {
    await open(page, ARTICLE);
    await expect(page.locator("html")).toHaveClass(/vocab-ready/);
    const plain = await background(page, "dróninn");
    await termOf(page, "sprengjudrónum").focus();
    await page.keyboard.press("1");
    await expect(gloss(page).getByRole("button", { name: "Learning 1" })).toHaveAttribute("aria-pressed", "true");
    await page.keyboard.press("Escape");

    // Reload with the gloss data held back: colour and counts come from the page and the vocabulary alone.
    const data = await holdArticleData(page);
    await page.reload();
    await expect(page.locator("html")).toHaveClass(/vocab-ready/);
    await expect(page.locator(".vocab-counts")).toContainText("Learning 1");
    await expect.poll(() => background(page, "sprengjudrónum")).not.toBe(plain);
    await expect(page.locator("html")).not.toHaveAttribute("data-ready", "true");
    data.release();
    await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  });

  test("a review session runs by keyboard alone", async ({ page }) => {
    await open(page, ARTICLE);
    await expect(page.locator("html")).toHaveClass(/vocab-ready/);
    for (const form of ["herstöðinni", "eldflaug"]) {
      await termOf(page, form).focus();
      await page.keyboard.press("s");
      // As a person would, leave only once the gloss says the word is saved (the write is done).
      await expect(gloss(page).getByRole("button", { name: "Saved" })).toHaveAttribute("aria-pressed", "true");
    }
    await open(page, "/en/review");
    await expect(page.getByText("2 due")).toBeVisible();
    const start = page.getByRole("button", { name: "Start review" });
    await start.focus();
    await page.keyboard.press("Enter");
    await expect(page.getByText(/0 reviewed · 2 to go/)).toBeVisible();
    await page.keyboard.press(" ");
    await expect(page.locator(".review-answer")).toBeVisible();
    await expect(page.getByRole("button", { name: /Good/ })).toContainText(/next in \d+ minutes|next in \d+ hours|next tomorrow|next in \d+ days/);
    await page.keyboard.press("4");
    await expect(page.getByText(/1 reviewed · 1 to go/)).toBeVisible();
    await page.keyboard.press("Enter");
    await page.keyboard.press("4");
    await expect(page.getByText("Session done: 2 cards reviewed.")).toBeVisible();
    await reload(page);
    await expect(page.getByText("Nothing is due. Well done!")).toBeVisible();
  });

  test("exports an Anki file that parses, and a backup restores into an empty profile", async ({ page, browser }) => {
    await open(page, ARTICLE);
    await expect(page.locator("html")).toHaveClass(/vocab-ready/);
    await saveFromGloss(page, "loftvarnakerfum");
    await open(page, "/en/vocabulary");
    await expect(page.getByRole("heading", { name: "loftvarnakerfi" })).toBeVisible();

    const [anki] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Anki deck (.txt)" }).click()]);
    const lines = readFileSync((await anki.path())!, "utf8").trim().split("\n");
    expect(lines.slice(0, 4)).toEqual(["#separator:tab", "#html:true", "#columns:Word\tMeaning\tSentence\tTranslation\tTags", "#tags column:5"]);
    const [word, meaning, sentence, translation, tags] = lines[4]!.split("\t");
    expect([word, meaning]).toEqual(["loftvarnakerfi", "air defence system"]);
    expect(sentence).toContain("skotinn niður af loftvarnakerfum");
    expect(translation).toContain("air defence systems");
    expect(tags).toContain("samhlida");

    const [backup] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Full backup (.json)" }).click()]);
    const backupPath = (await backup.path())!;

    const empty = await browser.newContext();
    const fresh = await empty.newPage();
    await open(fresh, "/en/vocabulary");
    await expect(fresh.getByText("No saved words yet.")).toBeVisible();
    await fresh.locator('input[type="file"]').setInputFiles({ name: "not-a-backup.json", mimeType: "application/json", buffer: Buffer.from("{nope") });
    await expect(fresh.getByRole("status").filter({ hasText: "not JSON" })).toBeVisible();
    await fresh.locator('input[type="file"]').setInputFiles(backupPath);
    await expect(fresh.getByText("Restored: 1 added, 0 merged, 0 unchanged.")).toBeVisible();
    await expect(fresh.getByRole("heading", { name: "loftvarnakerfi" })).toBeVisible();
    await empty.close();
  });

  test("a change in a second tab appears after reload in the first; delete can be undone", async ({ page, context }) => {
    await open(page, ARTICLE);
    await expect(page.locator("html")).toHaveClass(/vocab-ready/);
    await saveFromGloss(page, "sprengjudrónum");
    await open(page, "/en/vocabulary");
    const other = await context.newPage();
    await open(other, "/en/vocabulary");
    const status = (tab: Page) => tab.getByRole("combobox", { name: "Status of sprengjudróni" });
    await status(other).selectOption("known");
    await expect(status(other)).toHaveValue("known");
    await reload(page);
    await expect(status(page)).toHaveValue("known");

    await page.getByRole("textbox", { name: "Meaning of sprengjudróni" }).fill("explosive drone");
    await page.getByRole("textbox", { name: "Note on sprengjudróni" }).fill("sprengja + dróni");
    await page.getByRole("button", { name: "Save changes" }).click();
    await reload(page);
    await expect(page.getByRole("textbox", { name: "Meaning of sprengjudróni" })).toHaveValue("explosive drone");
    await expect(page.getByRole("textbox", { name: "Note on sprengjudróni" })).toHaveValue("sprengja + dróni");

    await page.getByRole("button", { name: "Delete sprengjudróni" }).click();
    await expect(page.getByRole("heading", { name: "sprengjudróni" })).toHaveCount(0);
    await page.getByRole("button", { name: "Undo" }).click();
    await expect(page.getByRole("heading", { name: "sprengjudróni" })).toBeVisible();
  });

  test("without IndexedDB it says, in the interface language, that words last only this visit", async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(window, "indexedDB", { value: undefined, configurable: true }));
    await open(page, "/is/read/drone-attack-anbar");
    await expect(page.getByRole("status").first()).toContainText("geymast aðeins þar til flipanum er lokað");
    await saveFromGlossIs(page, "loftvarnakerfum");
  });
});

async function saveFromGlossIs(page: Page, form: string) {
  await saveFromGloss(page, form, "Vista", "Vistað");
}
