import { expect, test, type Page } from "@playwright/test";
import { open } from "./support";

const term = (page: Page, form: string) => page.locator(".term", { hasText: new RegExp(`^${form}$`) }).first();

// Valur is a man's name and, spelled small, the noun valur "falcon"; Auður a woman's and a man's
// name in BÍN; Akureyri a town. None of them may read as a common noun's meaning. The kind of a
// name comes from BÍN through the Python worker, which the test setup always has (.ci/run).
test.describe("names in an imported text", () => {
  test("hovering a name shows what kind of name it is, and the common noun only as that word's", async ({ page }) => {
    test.setTimeout(120_000);
    await open(page, "/en/import");
    await page.getByLabel("Icelandic text").fill("Valur og Auður fóru til Akureyrar með Jóni í gær.");
    await page.getByLabel("Title", { exact: true }).fill("Nöfn");
    await page.getByRole("button", { name: "Import and read" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Done: every word of “Nöfn” is analysed." })).toBeVisible({ timeout: 60_000 });
    await page.getByRole("link", { name: "Read it" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Nöfn" })).toBeVisible();

    await term(page, "Valur").hover();
    const gloss = page.getByRole("tooltip");
    await expect(gloss.locator(".gloss-lemma").first()).toHaveText("Valur");
    await expect(gloss.locator(".gloss-name")).toHaveText("a given name (man's)");
    await expect(gloss.locator(".gloss-meaning")).toHaveCount(0);
    await expect(gloss.locator(".gloss-as-word")).toHaveText(/As a word:\s*valur\s*“falcon/);

    await term(page, "Akureyrar").hover();
    await expect(gloss.locator(".gloss-lemma").first()).toHaveText("Akureyri");
    await expect(gloss.locator(".gloss-name")).toHaveText("the name of a town");

    // The same text in the Icelandic interface: the kinds in Icelandic, and no "wealth" or "empty" for Auður.
    await open(page, page.url().replace("/en/", "/is/"));
    await term(page, "Auður").hover();
    await expect(gloss.locator(".gloss-name")).toHaveText("kvenmanns- eða karlmannsnafn");
    await expect(gloss).not.toContainText("empty");
    await term(page, "Jóni").hover();
    await expect(gloss.locator(".gloss-name")).toHaveText("karlmannsnafn");
  });
});
