import { expect, test, type Page } from "@playwright/test";
import { open } from "./support";

const ARTICLE = "/en/read/drone-attack-anbar";
const gloss = (page: Page) => page.getByRole("tooltip");
/** The word's occurrence in a sentence, by the sentence's id (the pair's element id). */
const termIn = (page: Page, sentenceId: string, form: string) => page.locator(`[id="${sentenceId}"] .term`, { hasText: new RegExp(`^${form}$`) }).first();

test.describe("vocabulary actions in the reader's gloss", () => {
  test("the Saved toggle un-saves the word, and Undo brings it back with its sentence", async ({ page }) => {
    await open(page, ARTICLE);
    await expect(page.locator("html")).toHaveClass(/vocab-ready/);
    const word = termIn(page, "p1.s1", "herstöð");
    await word.focus();
    await page.keyboard.press("s");
    const toggle = gloss(page).getByRole("button", { name: "Saved" });
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    // S keeps saving: pressed again it changes nothing.
    await page.keyboard.press("s");
    await expect(toggle).toHaveAttribute("aria-pressed", "true");

    await toggle.click();
    await expect(gloss(page).getByRole("button", { name: "Save", exact: true })).toHaveAttribute("aria-pressed", "false");
    const status = page.getByRole("status");
    await expect(status).toContainText("herstöð was removed from your vocabulary.");
    await status.getByRole("button", { name: "Undo" }).click();
    await expect(status).toContainText("herstöð is back in your vocabulary.");
    await word.focus();
    await expect(gloss(page).getByRole("button", { name: "Saved" })).toHaveAttribute("aria-pressed", "true");

    await open(page, "/en/vocabulary");
    const card = page.locator(".word-card", { has: page.getByRole("heading", { name: "herstöð" }) });
    await expect(card).toContainText("Tveimur sprengjudrónum var beint að herstöð");
  });

  test("D moves from a focused word into its gloss's dictionary links; Tab goes on, Escape comes back", async ({ page }) => {
    await open(page, ARTICLE);
    const word = termIn(page, "p1.s1", "herstöð");
    await word.focus();
    await expect(gloss(page)).toBeVisible();
    await page.keyboard.press("d");
    const bin = gloss(page).getByRole("link", { name: /^BÍN/ });
    await expect(bin).toBeFocused();
    await expect(bin).toHaveAttribute("href", "https://bin.arnastofnun.is/leit/?q=herst%C3%B6%C3%B0");
    await page.keyboard.press("Tab");
    const islex = gloss(page).getByRole("link", { name: /^ISLEX/ });
    await expect(islex).toBeFocused();
    await expect(islex).toHaveAttribute("href", "https://islex.arnastofnun.is/is/leit/herst%C3%B6%C3%B0");
    await expect(islex).toHaveAttribute("target", "_blank");
    await page.keyboard.press("Escape");
    await expect(word).toBeFocused();
    await expect(gloss(page)).toHaveCount(0);
    // The key is listed in the keyboard help.
    await page.keyboard.press("?");
    await expect(page.getByRole("dialog")).toContainText("Look the focused word up");
  });

  test("'add this sentence' adds a second context explicitly and says so; the vocabulary shows both", async ({ page }) => {
    await open(page, ARTICLE);
    await expect(page.locator("html")).toHaveClass(/vocab-ready/);
    await termIn(page, "p1.s1", "herstöð").focus();
    await page.keyboard.press("s");
    await expect(gloss(page).getByRole("button", { name: "Saved" })).toHaveAttribute("aria-pressed", "true");
    // Its own sentence is already there: no offer to add it.
    await expect(gloss(page).getByRole("button", { name: "Add this sentence to herstöð" })).toHaveCount(0);

    // In another sentence, saving changes nothing silently; the explicit action adds it.
    const later = termIn(page, "p10.s1", "herstöð");
    await later.focus();
    await page.keyboard.press("s");
    const add = gloss(page).getByRole("button", { name: "Add this sentence to herstöð" });
    await expect(add).toBeVisible();
    await add.click();
    await expect(page.getByRole("status")).toContainText("This sentence was added to herstöð.");
    await expect(add).toHaveCount(0);

    await open(page, "/en/vocabulary");
    const card = page.locator(".word-card", { has: page.getByRole("heading", { name: "herstöð" }) });
    await expect(card).toContainText("Tveimur sprengjudrónum var beint að herstöð");
    await expect(card).toContainText("Í apríl var eldflaug skotið frá norðurhluta Íraks á herstöð");
  });

  test("in Icelandic, un-saving says so in Icelandic", async ({ page }) => {
    await open(page, "/is/read/drone-attack-anbar");
    await expect(page.locator("html")).toHaveClass(/vocab-ready/);
    await termIn(page, "p1.s1", "herstöð").focus();
    await page.keyboard.press("s");
    await gloss(page).getByRole("button", { name: "Vistað" }).click();
    await expect(page.getByRole("status")).toContainText("herstöð var fjarlægt úr orðasafninu.");
    await expect(page.getByRole("status").getByRole("button", { name: "Afturkalla" })).toBeVisible();
  });
});
