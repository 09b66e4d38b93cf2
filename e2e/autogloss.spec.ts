import { existsSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { open } from "./support";

/** The server analyses with GreynirEngine when the Python worker's environment exists, with lemma-is otherwise. */
const withGrammar = existsSync("analysis-worker/.venv/bin/python") && process.env.SAMHLIDA_ANALYSIS !== "lemma-is";

function term(page: Page, form: string) {
  return page.locator(".term", { hasText: new RegExp(`^${form}$`) }).first();
}

// "sér" in "felur í sér" (p6) is not in the curated glossary: its gloss comes from the analysis.
test.describe("automatic glosses in the built-in article", () => {
  test("hovering a word the editors did not gloss shows its lemma, grammar and meaning, labelled automatic", async ({ page }) => {
    await open(page, "/en/read/drone-attack-anbar");
    await term(page, "sér").hover();
    const gloss = page.getByRole("tooltip");
    await expect(gloss).toBeVisible();
    await expect(gloss).toContainText("Automatic analysis: not checked by an editor");
    if (withGrammar) {
      // The first lemma is the word's own; "fela í sér", the phrase it is part of, follows.
      await expect(gloss.locator(".gloss-lemma").first()).toHaveText("sig");
      await expect(gloss).toContainText("himself");
      await expect(gloss.locator(".gloss-grammar").first()).toContainText("dative");
      await expect(gloss.locator(".gloss-grammar").first()).toContainText("dative after í");
      // sig has one form for every number and gender: they are those of the subject it refers back to.
      await expect(gloss.locator(".gloss-grammar").first()).toContainText("dative singular neuter (dative after í; refers back to “fyrirkomulag”)");
      await expect(gloss.locator('.gloss-grammar [lang="is"]')).toHaveText("fyrirkomulag");
    } else {
      await expect(gloss.locator(".gloss-lemma").first()).not.toBeEmpty();
      await expect(gloss).toContainText("Grammar in context is not available on this server");
    }
  });

  test("the same gloss speaks Icelandic in the Icelandic interface", async ({ page }) => {
    await open(page, "/is/read/drone-attack-anbar");
    await term(page, "sér").hover();
    const gloss = page.getByRole("tooltip");
    await expect(gloss).toContainText("Sjálfvirk greining");
    await expect(gloss.locator(".gloss-grammar").first()).toContainText(withGrammar ? "þágufall" : "Málfræði í samhengi er ekki í boði");
    if (withGrammar) await expect(gloss.locator(".gloss-grammar").first()).toContainText("vísar til „fyrirkomulag“");
  });

  test("a curated word keeps its editor's gloss, not labelled automatic", async ({ page }) => {
    await open(page, "/en/read/drone-attack-anbar");
    await term(page, "sprengjudrónum").hover();
    const gloss = page.getByRole("tooltip");
    await expect(gloss).not.toContainText("Automatic analysis");
    await expect(gloss.locator(".gloss-grammar").first()).toContainText("dative plural, indefinite: beina takes");
  });
});
