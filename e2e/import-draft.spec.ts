import { expect, test, type Page } from "@playwright/test";
import { open, reload } from "./support";

/**
 * The import form stays editable while an import runs, so a learner may start on their next text
 * then. That text is theirs: the import finishing must not take it out of the draft or the form.
 * One import, to the real /api/import (held back in the browser until the new text is typed).
 */
const FIRST = "Hundurinn hljóp yfir túnið. Kötturinn svaf í glugganum.";
const NEXT = "Veðrið var gott í dag. Börnin léku sér úti.";
const NEXT_TRANSLATION = "The weather was good today. The children played outside.";

const textBox = (page: Page) => page.getByLabel("Icelandic text");
const translationBox = (page: Page) => page.getByLabel("English translation (optional)");
const titleBox = (page: Page) => page.getByLabel("Title", { exact: true });

test("text typed while an import runs is kept in the form and the draft when it finishes", async ({ page }) => {
  test.setTimeout(90_000);
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/api/import", async (route) => {
    await held;
    await route.continue();
  });
  await open(page, "/en/import");
  await textBox(page).fill(FIRST);
  await page.getByRole("button", { name: "Import and read" }).click();
  await expect(page.getByRole("button", { name: "Importing…" })).toBeDisabled();

  // The learner starts on the next text while the first is on its way.
  await textBox(page).fill(NEXT);
  await translationBox(page).fill(NEXT_TRANSLATION);
  release();
  await expect(page.getByRole("status").filter({ hasText: "Done: every word of" })).toBeVisible({ timeout: 60_000 });
  await expect(textBox(page)).toHaveValue(NEXT);

  // "Add another text" clears what was imported, not what was typed since.
  await page.getByRole("button", { name: "Add another text" }).click();
  await expect(textBox(page)).toHaveValue(NEXT);
  await expect(translationBox(page)).toHaveValue(NEXT_TRANSLATION);

  await reload(page);
  await expect(textBox(page)).toHaveValue(NEXT);
  await expect(translationBox(page)).toHaveValue(NEXT_TRANSLATION);
  // The title still follows the first line of the text in the form.
  await expect(titleBox(page)).toHaveValue(NEXT);
});
