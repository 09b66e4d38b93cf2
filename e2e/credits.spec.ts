import { expect, test } from "@playwright/test";
import { open } from "./support";

test("the footer leads to the credits, which name every source and its licence", async ({ page }) => {
  await open(page, "/en");
  await page.getByRole("contentinfo").getByRole("link", { name: "Credits and licences" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Credits" })).toBeVisible();
  const apertium = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Apertium isl–eng" }) });
  await expect(apertium.getByRole("link", { name: "GPL-3.0" })).toBeVisible();
  const bin = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /BÍN/ }) });
  await expect(bin).toContainText("Árni Magnússon Institute for Icelandic Studies");
  await expect(bin.getByRole("link", { name: "CC BY-SA 4.0" })).toBeVisible();
  for (const name of ["GreynirEngine, islenska, tokenizer", "English Wiktionary", "lemma-is", "Literata", "ts-fsrs"]) {
    await expect(page.getByRole("heading", { level: 2, name })).toBeVisible();
  }
});

test("the credits speak Icelandic on the Icelandic site", async ({ page }) => {
  await open(page, "/is");
  await page.getByRole("contentinfo").getByRole("link", { name: "Þakkir og leyfi" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Þakkir og leyfi" })).toBeVisible();
  await expect(page.getByText("Stofnun Árna Magnússonar í íslenskum fræðum").first()).toBeVisible();
});
