import { expect, test, type Page } from "@playwright/test";
import { generateDocument } from "../lib/reader/generate";
import { storeDocument, TEXTS_DB } from "../scripts/bench/store-document";
import { fromArticle, savedFrom, seed } from "./seed";
import { open, reload } from "./support";

/**
 * The browser's storage may refuse a write (a full disk, a quota). Renaming a text, or bringing a
 * deleted text or word back with Undo, must then say so, and keep what the learner typed or can
 * still undo.
 */
async function refuseWrites(page: Page, storeName: "documents" | "words", refuse: boolean) {
  await page.evaluate(([name, on]) => {
    const w = window as unknown as { realPut?: IDBObjectStore["put"] };
    w.realPut ??= IDBObjectStore.prototype.put;
    const realPut = w.realPut;
    IDBObjectStore.prototype.put = on
      ? function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore["put"]>) {
          if (this.name === name) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
          return realPut.apply(this, args);
        }
      : realPut;
  }, [storeName, refuse] as const);
}

const FAILED = "That change could not be saved: the browser's storage refused it. Nothing was lost; try again.";

test("a rename or an undo the storage refuses says so, keeps the new title in its field, and works when tried again", async ({ page }) => {
  const document = generateDocument({ id: "library-storage-e2e", words: 40 });
  await open(page, "/en");
  await page.evaluate(storeDocument, { db: TEXTS_DB, document });
  await reload(page);
  const title = document.title.is;
  const card = page.locator(".stored-texts li", { hasText: title });
  await expect(card).toBeVisible();

  await refuseWrites(page, "documents", true);
  await card.getByRole("button", { name: "Rename" }).click();
  const field = page.getByLabel(`New title for “${title}”`);
  await field.fill("Minn eigin titill");
  await page.getByRole("button", { name: "Save title" }).click();
  await expect(page.getByRole("status").filter({ hasText: FAILED })).toBeVisible();
  await expect(field).toHaveValue("Minn eigin titill");

  await refuseWrites(page, "documents", false);
  await page.getByRole("button", { name: "Save title" }).click();
  const renamed = page.locator(".stored-texts li", { hasText: "Minn eigin titill" });
  await expect(renamed.getByRole("link", { name: "Minn eigin titill" })).toBeVisible();

  await renamed.getByRole("button", { name: "Delete" }).click();
  await expect(page.getByText("“Minn eigin titill” deleted.")).toBeVisible();
  await refuseWrites(page, "documents", true);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByRole("status").filter({ hasText: FAILED })).toBeVisible();
  await expect(page.getByText("“Minn eigin titill” is back.")).toHaveCount(0);
  await expect(renamed).toHaveCount(0);

  await refuseWrites(page, "documents", false);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByText("“Minn eigin titill” is back.")).toBeVisible();
  await reload(page);
  await expect(renamed.getByRole("link", { name: "Minn eigin titill" })).toBeVisible();
});

test("an undone delete of a word the storage refuses says so and keeps the Undo, until the word is back", async ({ page }) => {
  const word = savedFrom(fromArticle("loftvarnakerfum", "loftvarnakerfi", "air defence system", "p1.s2"), new Date("2026-12-01T10:00:00Z"));
  await open(page, "/en/vocabulary");
  await seed(page, [word]);
  await reload(page);
  const heading = page.getByRole("heading", { name: "loftvarnakerfi" });
  await expect(heading).toBeVisible();
  await page.getByRole("button", { name: "Delete loftvarnakerfi" }).click();
  await expect(heading).toHaveCount(0);

  await refuseWrites(page, "words", true);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The browser's storage is full, so that change was not saved." })).toBeVisible();
  await expect(heading).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Undo" })).toBeVisible();

  await refuseWrites(page, "words", false);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(heading).toBeVisible();
  await expect(page.getByRole("button", { name: "Undo" })).toHaveCount(0);
  await reload(page);
  await expect(heading).toBeVisible();
});

test("in the reader, an Undo of an un-save the storage refuses says so and stays on offer until the word is back", async ({ page }) => {
  await open(page, "/en/read/drone-attack-anbar");
  await expect(page.locator("html")).toHaveClass(/vocab-ready/);
  const word = page.locator('[id="p1.s1"] .term', { hasText: /^herstöð$/ }).first();
  const gloss = page.getByRole("tooltip");
  await word.focus();
  await page.keyboard.press("s");
  await expect(gloss.getByRole("button", { name: "Saved" })).toHaveAttribute("aria-pressed", "true");
  await gloss.getByRole("button", { name: "Saved" }).click();
  const status = page.getByRole("status").filter({ hasText: /herstöð|storage/ });
  await expect(status).toContainText("herstöð was removed from your vocabulary.");

  await refuseWrites(page, "words", true);
  await status.getByRole("button", { name: "Undo" }).click();
  await expect(status).toContainText("The browser's storage is full, so that change was not saved.");
  await refuseWrites(page, "words", false);
  await status.getByRole("button", { name: "Undo" }).click();
  await expect(status).toContainText("herstöð is back in your vocabulary.");
  await reload(page);
  await expect(page.locator("html")).toHaveClass(/vocab-ready/);
  await word.focus();
  await expect(gloss.getByRole("button", { name: "Saved" })).toHaveAttribute("aria-pressed", "true");
});

test("a row fix on a stored text the storage refuses says so beside the row, where the learner clicked", async ({ page }) => {
  const document = generateDocument({ id: "row-fix-refused-e2e", words: 60 });
  await open(page, "/en");
  await page.evaluate(storeDocument, { db: TEXTS_DB, document });
  await open(page, `/en/read/local?id=${document.id}`);
  const first = page.locator(".pair").first();
  const second = await page.locator(".pair").nth(1).locator('p[lang="en"]').innerText();
  await refuseWrites(page, "documents", true);
  await first.hover();
  await first.getByRole("button", { name: "Merge with the next row" }).click();
  await expect(first.getByRole("alert")).toHaveText("The fix could not be stored.");
  await expect(first.getByRole("alert")).toBeVisible();
  // Nothing changed: the next row is still its own.
  await expect(page.locator(".pair").nth(1).locator('p[lang="en"]')).toHaveText(second);

  await refuseWrites(page, "documents", false);
  await first.getByRole("button", { name: "Merge with the next row" }).click();
  await expect(first.locator('p[lang="en"]')).toContainText(second);
  await expect(first.getByRole("alert")).toHaveCount(0);
});

test("saved words the storage cannot read: the vocabulary, review and statistics pages say so in the interface language", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.addInitScript(() => {
    const getAll = IDBObjectStore.prototype.getAll;
    IDBObjectStore.prototype.getAll = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore["getAll"]>) {
      if (this.name === "words") throw new DOMException("Internal error.", "UnknownError");
      return getAll.apply(this, args);
    };
  });
  const message = "Your saved words could not be read from this browser's storage. Nothing was changed; reload the page to try again.";
  for (const path of ["/en/vocabulary", "/en/review", "/en/stats"]) {
    await page.goto(path);
    await expect(page.getByRole("alert").filter({ hasText: message })).toBeVisible();
  }
  // A backup asked for then is refused with a message, not saved with no words.
  await page.goto("/en/vocabulary");
  await page.getByRole("button", { name: "Full backup (.json)" }).click();
  await expect(page.getByText("That change could not be saved. Your saved words are safe; please try again.")).toBeVisible();
  await page.goto("/is/review");
  await expect(page.getByRole("alert").filter({ hasText: "Ekki tókst að lesa vistuð orð þín úr geymslu vafrans." })).toBeVisible();
  expect(errors).toEqual([]);
});
