import { expect, test, type Page } from "@playwright/test";
import { cutImportAfterFirstParagraph, open, reload } from "./support";

/**
 * A text imported with an older analysis gets the newer one: the reader says so, the learner
 * presses "Update the analysis", and the glosses change while the title, the English and the text's
 * id (its library entry, its links) stay. When the update fails, the old text is there as it was.
 * Imports go to the real /api/import; the "older analysis" is made by editing the stored document
 * as an older version of the app would have left it (another version stamp, a wrong lemma).
 */
const TEXT = "Hundurinn hljóp yfir túnið. Kötturinn svaf í glugganum.\n\nVeðrið var gott í dag. Börnin léku sér úti.";
const TRANSLATION = "The dog ran across the field. The cat slept in the window.\n\nThe weather was good today. The children played outside.";

const term = (page: Page, form: string) => page.locator(".term", { hasText: new RegExp(`^${form}$`) }).first();
const updateButton = (page: Page) => page.getByRole("button", { name: "Update the analysis" });
const offer = (page: Page) => page.getByText("A newer automatic analysis is available");

/** Imports the text and opens it in the reader; answers the reader's URL. */
async function importAndRead(page: Page): Promise<string> {
  await open(page, "/en/import");
  await page.getByLabel("Icelandic text").fill(TEXT);
  await page.getByLabel("Title", { exact: true }).fill("Dýrin á bænum");
  await page.getByLabel("English translation (optional)").fill(TRANSLATION);
  await page.getByRole("button", { name: "Import and read" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Done: every word of “Dýrin á bænum” is analysed." })).toBeVisible({ timeout: 60_000 });
  await page.getByRole("link", { name: "Read it" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dýrin á bænum" })).toBeVisible();
  return page.url();
}

/**
 * Makes the stored text look as an older analysis left it: another version, "hundurinn" as its own
 * lemma with a meaning nobody would give it; and the learner's own changes on top: a new title and
 * a corrected English sentence.
 */
async function makeOlder(page: Page, id: string) {
  await page.evaluate(async (textId) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open("samhlida-texts", 1);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction("documents", "readwrite");
    const store = tx.objectStore("documents");
    const row = await new Promise<{ document: { title: { is: string }; analysis?: unknown; glosses: { id: string; lemma: string; meanings: unknown[] }[]; paragraphs: { sentences: { id: string; en: string }[] }[] } }>((resolve, reject) => {
      const get = store.get(textId);
      get.onsuccess = () => resolve(get.result);
      get.onerror = () => reject(get.error);
    });
    const document = row.document;
    document.analysis = { version: "000000000000", engine: "greynir" };
    document.title.is = "Mín saga";
    for (const entry of document.glosses) {
      if (entry.lemma === "hundur") Object.assign(entry, { id: "hundurinn:noun", lemma: "hundurinn", meanings: [{ text: "OLD GLOSS", source: "wiktionary" }] });
    }
    for (const paragraph of document.paragraphs) for (const sentence of paragraph.sentences) if (sentence.id === "p2.s1") sentence.en = "The weather was fine today.";
    store.put(row);
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, id);
  await reload(page);
  await expect(page.getByRole("heading", { level: 1, name: "Mín saga" })).toBeVisible();
}

async function expectOldText(page: Page) {
  await expect(page.getByRole("heading", { level: 1, name: "Mín saga" })).toBeVisible();
  // The pointer may still rest on the word from before a reload, which opens nothing: move it off first.
  await page.mouse.move(0, 0);
  await term(page, "Hundurinn").hover();
  await expect(page.getByRole("tooltip").locator(".gloss-lemma")).toHaveText("hundurinn");
  await expect(page.getByRole("tooltip")).toContainText("OLD GLOSS");
  await expect(page.locator(".pair").nth(2).locator('p[lang="en"]')).toHaveText("The weather was fine today.");
}

test.describe("updating the analysis of a stored text", () => {
  test("a text analysed by an older analysis is updated: new glosses, same title, English and id", async ({ page }) => {
    test.setTimeout(120_000);
    const url = await importAndRead(page);
    const id = new URL(url).searchParams.get("id")!;
    // Just imported: nothing to update.
    await expect(updateButton(page)).toHaveCount(0);
    await makeOlder(page, id);
    // The library says so on the text's card; its link leads to the reader, where the update is.
    await open(page, "/en");
    const card = page.locator(".stored-texts li", { hasText: "Mín saga" });
    await expect(card).toContainText("Newer analysis available: open the text to update it");
    await card.getByRole("link", { name: "Mín saga" }).click();
    await expectOldText(page);

    // A word saved under the old analysis's lemma: it stays in the vocabulary, and the update says so.
    await page.getByRole("tooltip").getByRole("button", { name: "Save" }).click();
    await expect(page.getByRole("tooltip").getByRole("button", { name: "Saved" })).toHaveAttribute("aria-pressed", "true");

    await expect(offer(page)).toBeVisible();
    await updateButton(page).click();
    await expect(page.getByRole("status").filter({ hasText: "Updated: the glosses now come from the newest analysis." })).toBeVisible({ timeout: 60_000 });
    await expect(page.getByRole("status").filter({ hasText: "Words you saved from this text that are now read as other words: 1." })).toBeVisible();
    await expect(updateButton(page)).toHaveCount(0);

    await term(page, "Hundurinn").hover();
    await expect(page.getByRole("tooltip").locator(".gloss-lemma")).toHaveText("hundur");
    await expect(page.getByRole("tooltip")).toContainText("dog");
    await expect(page.getByRole("tooltip")).not.toContainText("OLD GLOSS");
    await expect(page.getByRole("heading", { level: 1, name: "Mín saga" })).toBeVisible();
    await expect(page.locator(".pair").first().locator('p[lang="en"]')).toHaveText("The dog ran across the field.");
    await expect(page.locator(".pair").nth(2).locator('p[lang="en"]')).toHaveText("The weather was fine today.");
    expect(page.url()).toBe(url);

    // Stored so: after a reload the text is current, and the library still has it once, by its title.
    await reload(page);
    await expect(page.getByRole("heading", { level: 1, name: "Mín saga" })).toBeVisible();
    await term(page, "Hundurinn").hover();
    await expect(page.getByRole("tooltip").locator(".gloss-lemma")).toHaveText("hundur");
    await expect(offer(page)).toHaveCount(0);
    await open(page, "/en");
    await expect(page.getByRole("link", { name: "Mín saga" })).toHaveCount(1);
    await expect(page.locator(".stored-texts li", { hasText: "Mín saga" })).toContainText("17 words");
    await expect(page.locator(".stored-texts li", { hasText: "Mín saga" })).not.toContainText("Newer analysis available");
    await expect(page.getByRole("link", { name: "Mín saga" })).toHaveAttribute("href", new URL(url).pathname + new URL(url).search);
    // The word saved under the old lemma is still saved, with its sentence.
    await open(page, "/en/vocabulary");
    await expect(page.getByText("hundurinn", { exact: true }).first()).toBeVisible();
  });

  test("an update that fails leaves the stored text as it was and says why", async ({ page }) => {
    test.setTimeout(120_000);
    const url = await importAndRead(page);
    await makeOlder(page, new URL(url).searchParams.get("id")!);

    // The analyser is busy: refused before anything is analysed.
    await page.route("**/api/import", (route) => route.fulfill({ status: 503, json: { error: "busy" } }), { times: 1 });
    await updateButton(page).click();
    await expect(page.getByRole("alert").filter({ hasText: "The analyser is busy with other texts. Your text is unchanged; try again in a minute." })).toBeVisible();
    await expectOldText(page);

    // The connection drops after the first paragraph of the new analysis: the real stream, cut.
    await cutImportAfterFirstParagraph(page);
    await updateButton(page).click();
    await expect(page.getByRole("alert").filter({ hasText: "The analysis stopped before the end. Your text is unchanged; you can try again." })).toBeVisible({ timeout: 60_000 });
    await expectOldText(page);
    await reload(page);
    await expectOldText(page);
    await expect(updateButton(page)).toBeVisible();

    // A server that has lemmas only (no Python) offers no update: it would make the text worse.
    await page.route("**/api/analysis", (route) => route.fulfill({ json: { version: "123456789abc", engine: "lemma-is" } }));
    await reload(page);
    await expectOldText(page);
    await expect(offer(page)).toHaveCount(0);
    await expect(updateButton(page)).toHaveCount(0);
  });
});
