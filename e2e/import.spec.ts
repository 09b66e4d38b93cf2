import { existsSync, readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { cutImportAfterFirstParagraph, open, reload } from "./support";

/**
 * Bring your own text, as a learner would: paste, import, read aligned and glossed, fix a row,
 * save a word, find the text in the library. Imports go to the real /api/import (the route allows
 * a few per minute per client, so this file makes only six); "server down" and "busy" are the
 * browser's side of a failure, so those requests are answered in the browser.
 */
const withGrammar = existsSync("analysis-worker/.venv/bin/python") && process.env.SAMHLIDA_ANALYSIS !== "lemma-is";

const TEXT = "Hundurinn hljóp yfir túnið. Kötturinn svaf í glugganum.\n\nVeðrið var gott í dag. Börnin léku sér úti.";
const TRANSLATION = "The dog ran across the field. The cat slept in the window.\n\nThe weather was good today. The children played outside.";

const textBox = (page: Page) => page.getByLabel("Icelandic text");
const translationBox = (page: Page) => page.getByLabel("English translation (optional)");
const titleBox = (page: Page) => page.getByLabel("Title", { exact: true });
const importButton = (page: Page) => page.getByRole("button", { name: "Import and read" });
const term = (page: Page, form: string) => page.locator(".term", { hasText: new RegExp(`^${form}$`) }).first();

async function importText(page: Page, text: string, translation = "") {
  await open(page, "/en/import");
  await textBox(page).fill(text);
  if (translation) await translationBox(page).fill(translation);
  await importButton(page).click();
}

test.describe("importing a text", () => {
  test("paste a text with its translation, read it aligned and glossed, fix a row, save a word, find it in the library", async ({ page }) => {
    test.setTimeout(120_000);
    await open(page, "/en");
    await page.getByRole("link", { name: "Add your own text" }).click();
    await expect(page.getByRole("heading", { name: "Add your own text" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
    await textBox(page).fill(TEXT);
    await expect(titleBox(page)).toHaveValue(TEXT.split("\n")[0]!);
    await titleBox(page).fill("Dýrin á bænum");
    await translationBox(page).fill(TRANSLATION);
    await importButton(page).click();
    await expect(page.getByRole("status").filter({ hasText: "Done: every word of “Dýrin á bænum” is analysed." })).toBeVisible({ timeout: 60_000 });
    await page.getByRole("link", { name: "Read it" }).click();

    await expect(page.getByRole("heading", { level: 1, name: "Dýrin á bænum" })).toBeVisible();
    const first = page.locator(".pair").first();
    await expect(first.locator("p.sentence-is")).toHaveText("Hundurinn hljóp yfir túnið.");
    await expect(first.locator('p[lang="en"]')).toHaveText("The dog ran across the field.");

    // A word the editors never glossed: its gloss comes from the analysis.
    await term(page, "Hundurinn").hover();
    const gloss = page.getByRole("tooltip");
    await expect(gloss.locator(".gloss-lemma")).toHaveText("hundur");
    await expect(gloss).toContainText("dog");
    await expect(gloss.locator(".gloss-grammar")).toContainText(withGrammar ? "nominative" : "Grammar in context is not available");

    // Fix the alignment: the first two rows become one, and stay one after a reload.
    await first.hover();
    await first.getByRole("button", { name: "Merge with the next row" }).click();
    await expect(first.locator('p[lang="en"]')).toHaveText("The dog ran across the field. The cat slept in the window.");
    await expect(page.locator(".pair").nth(1).locator('p[lang="en"]')).toHaveText("");
    await reload(page);
    await expect(page.locator(".pair").first().locator('p[lang="en"]')).toHaveText("The dog ran across the field. The cat slept in the window.");
    await page.locator(".pair").nth(1).hover();
    await page.locator(".pair").nth(1).getByRole("button", { name: "Split this row into its sentences" }).click();
    await expect(page.locator(".pair").nth(1).locator('p[lang="en"]')).toHaveText("The cat slept in the window.");

    // With hints off the words are out of the tab order, and stay out when a fix redraws their sentences.
    await page.getByRole("button", { name: "Glossary hints" }).click();
    await expect(term(page, "Kötturinn")).toHaveAttribute("tabindex", "-1");
    await page.locator(".pair").first().hover();
    await page.locator(".pair").first().getByRole("button", { name: "Merge with the next row" }).click();
    await expect(page.locator(".pair").first().locator('p[lang="en"]')).toHaveText("The dog ran across the field. The cat slept in the window.");
    for (const form of ["Hundurinn", "Kötturinn"]) await expect(term(page, form)).toHaveAttribute("tabindex", "-1");
    await page.locator(".pair").nth(1).hover();
    await page.locator(".pair").nth(1).getByRole("button", { name: "Split this row into its sentences" }).click();
    await expect(page.locator(".pair").nth(1).locator('p[lang="en"]')).toHaveText("The cat slept in the window.");
    await expect(term(page, "Kötturinn")).toHaveAttribute("tabindex", "-1");
    await page.getByRole("button", { name: "Glossary hints" }).click();
    await expect(term(page, "Kötturinn")).toHaveAttribute("tabindex", "0");

    // Save a word from its gloss.
    await term(page, "Kötturinn").hover();
    await page.getByRole("tooltip").getByRole("button", { name: "Save" }).click();
    await expect(page.getByRole("tooltip").getByRole("button", { name: "Saved" })).toHaveAttribute("aria-pressed", "true");

    // The saved word links back to its sentence in this text.
    await open(page, "/en/vocabulary");
    const context = page.getByRole("link", { name: "Dýrin á bænum" });
    await expect(context).toHaveAttribute("href", /\/en\/read\/local\?id=import-[^#]+#p1\.s2$/);
    await context.click();
    await expect(page.getByRole("heading", { level: 1, name: "Dýrin á bænum" })).toBeVisible();

    // The library lists it with its figures; rename, delete and undo.
    await open(page, "/en");
    const card = page.locator(".stored-texts li", { hasText: "Dýrin á bænum" });
    // 17 words, 16 lemmas (í twice); the saved word is still new.
    await expect(card).toContainText("17 words");
    await expect(card).toContainText("0 known · 0 learning · 16 new");
    await expect(card).toContainText("Last opened");
    await card.getByRole("button", { name: "Rename" }).click();
    await page.getByLabel("New title for “Dýrin á bænum”").fill("Á bænum");
    await page.getByRole("button", { name: "Save title" }).click();
    const renamed = page.locator(".stored-texts li", { hasText: "Á bænum" });
    await expect(renamed.getByRole("link", { name: "Á bænum" })).toBeVisible();
    await renamed.getByRole("button", { name: "Delete" }).click();
    await expect(page.getByText("“Á bænum” deleted.")).toBeVisible();
    await expect(page.getByRole("link", { name: "Á bænum" })).toHaveCount(0);
    await page.getByRole("button", { name: "Undo" }).click();
    await expect(page.getByRole("link", { name: "Á bænum" })).toBeVisible();
    await reload(page);
    await expect(page.getByRole("link", { name: "Á bænum" })).toBeVisible();

    // The JSON backup carries the text; restoring it brings a deleted text back.
    await open(page, "/en/vocabulary");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Full backup (.json)" }).click()]);
    const backup = readFileSync((await download.path())!, "utf8");
    const parsed: { texts?: { document: { title: { is: string } } }[] } = JSON.parse(backup);
    expect(parsed.texts?.map((text) => text.document.title.is)).toContain("Á bænum");
    await open(page, "/en");
    await page.locator(".stored-texts li", { hasText: "Á bænum" }).getByRole("button", { name: "Delete" }).click();
    await expect(page.getByRole("link", { name: "Á bænum" })).toHaveCount(0);
    await open(page, "/en/vocabulary");
    await page.getByLabel("Restore a backup").setInputFiles({ name: "backup.json", mimeType: "application/json", buffer: Buffer.from(backup, "utf8") });
    await expect(page.getByText("Texts restored: 1.")).toBeVisible();
    await open(page, "/en");
    await expect(page.getByRole("link", { name: "Á bænum" })).toBeVisible();
  });

  test("an import cut off after its first paragraph can be finished from the reader, after a reload too", async ({ page }) => {
    test.setTimeout(120_000);
    // The connection drops after the first paragraph: the real stream, cut after two events.
    await cutImportAfterFirstParagraph(page);
    await importText(page, TEXT, TRANSLATION);
    await expect(page.getByRole("status").filter({ hasText: "The analysis stopped. 1 of 2 paragraphs are glossed" })).toBeVisible({ timeout: 60_000 });
    // Back on the import page later, the stopped text is offered rather than a second import.
    await reload(page);
    const stopped = page.getByRole("region", { name: "Imports that stopped before the end" });
    await expect(stopped).toContainText("1 paragraph still without glosses");
    await stopped.getByRole("link", { name: "Hundurinn hljóp yfir túnið. Kötturinn svaf í glugganum." }).click();
    await expect(page.getByText("Not analysed: the analysis stopped before this paragraph.")).toBeVisible();
    await expect(page.getByText("Paragraphs still without glosses: 1.")).toBeVisible();
    // Rows of the paragraph not analysed yet cannot be merged: its analysis would undo that.
    await page.locator(".pair").nth(2).hover();
    await expect(page.locator(".pair").nth(2).getByRole("button", { name: "Merge with the next row" })).toHaveCount(0);

    await reload(page);
    await page.getByRole("button", { name: "Finish the analysis" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Done: every paragraph of this text is analysed." })).toBeVisible({ timeout: 60_000 });
    await expect(page.getByText("Not analysed: the analysis stopped before this paragraph.")).toHaveCount(0);
    await term(page, "Börnin").hover();
    await expect(page.getByRole("tooltip").locator(".gloss-lemma")).toHaveText("barn");
    await page.locator(".pair").nth(2).hover();
    await expect(page.locator(".pair").nth(2).getByRole("button", { name: "Merge with the next row" })).toBeVisible();
    await reload(page);
    await expect(page.getByRole("button", { name: "Finish the analysis" })).toHaveCount(0);
  });

  test("a draft survives a reload until the text is imported", async ({ page }) => {
    await open(page, "/en/import");
    await textBox(page).fill(TEXT);
    await translationBox(page).fill(TRANSLATION);
    await titleBox(page).fill("Drög");
    await reload(page);
    await expect(textBox(page)).toHaveValue(TEXT);
    await expect(translationBox(page)).toHaveValue(TRANSLATION);
    await expect(titleBox(page)).toHaveValue("Drög");
    await expect(page.getByText("Your unfinished draft is back.")).toBeVisible();
  });
});

test.describe("bad input keeps the text and says what is wrong", () => {
  test("empty or whitespace-only text", async ({ page }) => {
    await open(page, "/en/import");
    await textBox(page).fill("   \n  ");
    await importButton(page).click();
    await expect(page.getByRole("alert").filter({ hasText: "Paste or open some Icelandic text first: the text is empty." })).toBeVisible();
    await expect(textBox(page)).toHaveValue("   \n  ");
  });

  test("text over the limit", async ({ page }) => {
    await open(page, "/en/import");
    const long = "Hundurinn hljóp yfir túnið. ".repeat(3_600);
    await textBox(page).fill(long);
    await importButton(page).click();
    await expect(page.getByRole("alert").filter({ hasText: `The text has ${long.length.toLocaleString("en")} characters; the limit is 100,000.` })).toBeVisible();
    await expect(textBox(page)).toHaveValue(long);
  });

  test("a binary file is refused and the text already there stays", async ({ page }) => {
    await open(page, "/en/import");
    await textBox(page).fill(TEXT);
    await page.getByLabel("Open a .txt file").setInputFiles({ name: "mynd.txt", mimeType: "text/plain", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]) });
    await expect(page.getByRole("alert").filter({ hasText: "“mynd.txt” is not a text file: it contains binary data." })).toBeVisible();
    await expect(textBox(page)).toHaveValue(TEXT);
  });

  test("a .txt file opens into the form, its first line the title", async ({ page }) => {
    await open(page, "/en/import");
    await page.getByLabel("Open a .txt file").setInputFiles({ name: "saga.txt", mimeType: "text/plain", buffer: Buffer.from(TEXT, "utf8") });
    await expect(textBox(page)).toHaveValue(TEXT);
    await expect(titleBox(page)).toHaveValue("Hundurinn hljóp yfir túnið. Kötturinn svaf í glugganum.");
  });

  test("text that is not Icelandic: a warning, and the learner may go on", async ({ page }) => {
    await open(page, "/en/import");
    await textBox(page).fill("The dog ran across the field and the cat slept in the window while the children played outside.");
    await expect(page.getByRole("status").filter({ hasText: "This does not look like Icelandic." })).toBeVisible();
    await importButton(page).click();
    await expect(page.getByRole("status").filter({ hasText: "Done" })).toBeVisible({ timeout: 60_000 });
  });

  test("a translation with a very different number of sentences is flagged", async ({ page }) => {
    const icelandic = "Hundurinn hljóp. Kötturinn svaf. Veðrið var gott. Börnin léku sér. Sólin skein. Fuglarnir sungu. Áin rann.";
    await importText(page, icelandic, "The dog ran.");
    await expect(page.getByText("The text has 7 sentences but the translation has 1.")).toBeVisible({ timeout: 60_000 });
    await expect(page.getByRole("status").filter({ hasText: "Done" })).toBeVisible({ timeout: 60_000 });
  });

  test("the server cannot be reached: a message, the text stays, and so does the draft", async ({ page }) => {
    await page.route("**/api/import", (route) => route.abort("connectionrefused"));
    await importText(page, TEXT, TRANSLATION);
    await expect(page.getByRole("alert").filter({ hasText: "Could not reach Samhliða's server. Your text is still here" })).toBeVisible();
    await expect(textBox(page)).toHaveValue(TEXT);
    await reload(page);
    await expect(textBox(page)).toHaveValue(TEXT);
    await expect(translationBox(page)).toHaveValue(TRANSLATION);
  });

  test("the analyser is busy: a message in Icelandic, the text stays", async ({ page }) => {
    await page.route("**/api/import", (route) => route.fulfill({ status: 503, contentType: "application/json", body: JSON.stringify({ error: "busy" }) }));
    await open(page, "/is/import");
    await page.getByLabel("Íslenskur texti").fill(TEXT);
    await page.getByRole("button", { name: "Flytja inn og lesa" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Greiningin er upptekin við aðra texta. Textinn þinn er enn hér" })).toBeVisible();
    await expect(page.getByLabel("Íslenskur texti")).toHaveValue(TEXT);
  });
});

test("with neither translation nor provider, the English column says why; a fixed expression is glossed whole", async ({ page }) => {
  await importText(page, "Hundurinn hljóp yfir túnið. Kötturinn svaf til dæmis í glugganum. Börnin tóku þátt í leiknum. Mér finnst það gaman. Velferðarkerfið stendur.");
  await expect(page.getByRole("status").filter({ hasText: "Done" })).toBeVisible({ timeout: 60_000 });
  await page.getByRole("link", { name: "Read it" }).click();
  await expect(page.getByText("No English here: no translation was pasted with this text")).toBeVisible();
  await term(page, "Kötturinn").hover();
  await expect(page.getByRole("tooltip").locator(".gloss-lemma")).toHaveText("köttur");
  if (withGrammar) {
    // "til dæmis" (for example) is one adverb to the analyser: each word has its own gloss, and
    // the expression's meaning follows, from a dictionary, labelled automatic like the word.
    await term(page, "dæmis").hover();
    const gloss = page.getByRole("tooltip");
    await expect(gloss.locator(".gloss-lemma").first()).toHaveText("dæmi");
    const phrase = gloss.locator(".gloss-phrase");
    await expect(phrase.locator(".gloss-lemma")).toHaveText("til dæmis");
    await expect(phrase).toContainText("for example");
    await expect(phrase).toContainText("Automatic analysis");

    // "tóku þátt í" is no single word to the analyser: the editors' expression is found by the
    // lemma of "tóku" (taka), with the editors' meaning, and labelled as found automatically.
    await term(page, "tóku").hover();
    const taking = page.getByRole("tooltip").locator(".gloss-phrase");
    await expect(taking.locator(".gloss-lemma")).toHaveText("taka þátt í e-u");
    await expect(taking).toContainText("take part in something");
    await expect(taking).toContainText("Automatic analysis");
    await expect(taking).toContainText("meaning by the Samhliða editors");
    // What the words mean together comes right after the word's own meaning, before its grammar.
    const order = await page.getByRole("tooltip").evaluate((gloss) => {
      const phrase = gloss.querySelector(".gloss-phrase");
      const grammar = gloss.querySelector(".gloss-grammar");
      return Boolean(phrase && grammar && phrase.compareDocumentPosition(grammar) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(order).toBe(true);

    // "finnst" is filed under "finna" (find) in BÍN; in the middle voice it means "think, feel".
    await term(page, "finnst").hover();
    const finnst = page.getByRole("tooltip");
    await expect(finnst.locator(".gloss-lemma").first()).toHaveText("finna");
    await expect(finnst.locator(".gloss-meaning").first()).toHaveText(/^finnast: think, feel/);

    // BÍN lists "velferðarkerfi" whole and no dictionary has it: its parts gloss it.
    await term(page, "Velferðarkerfið").hover();
    const compound = page.getByRole("tooltip");
    await expect(compound.locator(".gloss-lemma").first()).toHaveText("velferðarkerfi");
    await expect(compound.locator(".gloss-parts")).toContainText("velferðar (velferð)");
    await expect(compound.locator(".gloss-parts")).toContainText("kerfi");
    await expect(compound).toContainText("meaning from the compound's parts");
  }
});
