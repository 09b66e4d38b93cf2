import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { fromArticle, savedFrom, seed } from "./seed";
import { open, reload } from "./support";

const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000);
const herstod = () => savedFrom(fromArticle("herstöð", "herstöð", "military base", "p1.s1"), minutesAgo(30));
const dronar = () => savedFrom(fromArticle("sprengjudrónum", "sprengjudróni", "explosive drone", "p1.s1"), minutesAgo(20));
const kerfi = () => savedFrom(fromArticle("loftvarnakerfum", "loftvarnakerfi", "air defence system", "p1.s2"), minutesAgo(10));
/** Saved from the first paragraph, then "add this sentence" from paragraph 10. */
const herstodTwice = () =>
  savedFrom(fromArticle("herstöð", "herstöð", "military base", "p1.s1"), minutesAgo(30), fromArticle("herstöð", "herstöð", "military base", "p10.s1"));

async function seeded(page: Page, path: string, words: ReturnType<typeof herstod>[]) {
  await open(page, "/en/vocabulary");
  await seed(page, words);
  await open(page, path);
}

/** The lemma on the back of the card now showing. */
const answer = (page: Page) => page.locator(".review-answer b");

test.describe("study", () => {
  test("a card graded Again comes back in the same session", async ({ page }) => {
    await seeded(page, "/en/review", [herstod(), dronar()]);
    await expect(page.getByText("2 due")).toBeVisible();
    await page.getByRole("button", { name: "Start review" }).click();
    await expect(page.getByText(/0 reviewed · 2 to go/)).toBeVisible();

    await page.getByRole("button", { name: "Show answer" }).click();
    await expect(answer(page)).toHaveText("herstöð");
    await page.getByRole("button", { name: /^1 Again/ }).click();
    await expect(page.getByRole("status").filter({ hasText: "herstöð comes back in 1 minute in this session." })).toBeVisible();
    await expect(page.getByText(/1 reviewed · 2 to go/)).toBeVisible();

    await page.getByRole("button", { name: "Show answer" }).click();
    await expect(answer(page)).toHaveText("sprengjudróni");
    await page.getByRole("button", { name: /^4 Easy/ }).click();

    // The missed card returns after its short-term step instead of ending the session.
    await page.getByRole("button", { name: "Show answer" }).click();
    await expect(answer(page)).toHaveText("herstöð");
    await page.getByRole("button", { name: /^4 Easy/ }).click();
    await expect(page.getByText("Session done: 3 cards reviewed.")).toBeVisible();
    await reload(page);
    await expect(page.getByText("Nothing is due. Well done!")).toBeVisible();
  });

  test("review by keyboard with the word hidden, after ticking the box with the mouse", async ({ page }) => {
    await seeded(page, "/en/review", [herstod(), dronar()]);
    await page.getByRole("button", { name: "Start review" }).click();
    const cloze = page.getByRole("checkbox", { name: "Hide the word in the sentence" });
    await cloze.click();
    await expect(cloze).toBeChecked();
    await expect(cloze).toBeFocused();
    await expect(page.locator(".review-sentence mark")).toHaveText("＿＿＿");

    await page.keyboard.press(" ");
    await expect(cloze).toBeChecked();
    await expect(answer(page)).toHaveText("herstöð");
    await expect(page.locator(".review-sentence mark")).toHaveText("herstöð");
    await page.keyboard.press("4");
    await expect(page.getByText(/1 reviewed · 1 to go/)).toBeVisible();

    await cloze.focus();
    await page.keyboard.press("Enter");
    await expect(answer(page)).toHaveText("sprengjudróni");
    await expect(cloze).toBeChecked();
    await page.keyboard.press("4");
    await expect(page.getByText("Session done: 2 cards reviewed.")).toBeVisible();
  });

  test("a word with two contexts exports both, to Anki and to CSV", async ({ page }) => {
    await seeded(page, "/en/vocabulary", [herstodTwice(), kerfi()]);
    const card = page.locator(".word-card", { has: page.getByRole("heading", { name: "herstöð" }) });
    await expect(card.getByRole("list", { name: "Seen in" }).getByRole("listitem")).toHaveCount(2);

    const [anki] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Anki deck (.txt)" }).click()]);
    const lines = readFileSync((await anki.path())!, "utf8").trim().split("\n");
    const [, meaning, sentences, translations] = lines.find((line) => line.startsWith("herstöð\t"))!.split("\t");
    expect(meaning).toBe("military base");
    expect(sentences!.split("<br>")).toEqual([
      "Tveimur sprengjudrónum var beint að herstöð Bandaríkjahers og bandamanna í Anbar-héraði í Írak í gær.",
      "Í apríl var eldflaug skotið frá norðurhluta Íraks á herstöð Bandaríkjamanna og bandamanna þeirra í Sýrlandi",
    ]);
    expect(translations!.split("<br>")).toHaveLength(2);
    expect(translations).toContain("Anbar Province");

    const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Spreadsheet (.csv)" }).click()]);
    const bytes = readFileSync((await csv.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString("utf8");
    // Both contexts share the word's row: its sentence cell holds one per line.
    const row = text.slice(text.indexOf('"herstöð","noun"'));
    expect(row).toMatch(/^"herstöð","noun","military base","new","herstöð","Tveimur sprengjudrónum[^"]*\nÍ apríl var eldflaug[^"]*","/);
  });

  test("a backup file over the size limit is refused with a clear message, and nothing changes", async ({ page }) => {
    await seeded(page, "/is/vocabulary", [herstod()]);
    await page.locator('input[type="file"]').setInputFiles({ name: "risastort.json", mimeType: "application/json", buffer: Buffer.alloc(21 * 1024 * 1024, 32) });
    await expect(page.getByRole("status").filter({ hasText: "Þessi skrá er stærri en 20 MB" })).toContainText("Engu var breytt.");
    await expect(page.locator(".word-card h2")).toHaveText(["herstöð"]);
  });

  test("search finds words typed without Icelandic letters, and compounds by their parts", async ({ page }) => {
    await seeded(page, "/en/vocabulary", [herstod(), dronar(), kerfi()]);
    const search = page.getByRole("searchbox", { name: "Search" });
    const headings = page.locator(".word-card h2");
    await search.fill("herstod");
    await expect(headings).toHaveText(["herstöð"]);
    await search.fill("loftvarnakerfid");
    await expect(headings).toHaveText(["loftvarnakerfi"]);
    await search.fill("dróna");
    await expect(headings).toHaveText(["sprengjudróni"]);
    await search.fill("flugvöllur");
    await expect(page.getByText("No saved word matches.")).toBeVisible();
  });

  test("the statistics page shows the reviews just done, in figures a screen reader can read", async ({ page }) => {
    await seeded(page, "/en/review", [herstod(), dronar()]);
    await page.getByRole("button", { name: "Start review" }).focus();
    await page.keyboard.press("Enter");
    for (const [done, grade] of ["1", "4", "4"].entries()) {
      await expect(page.getByText(new RegExp(`^${done} reviewed`))).toBeVisible();
      await page.keyboard.press(" ");
      await expect(answer(page)).toBeVisible();
      await page.keyboard.press(grade);
    }
    await expect(page.getByText("Session done: 3 cards reviewed.")).toBeVisible();

    await page.getByRole("link", { name: "Statistics" }).click();
    await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
    await expect(page.getByRole("heading", { level: 1, name: "Statistics" })).toBeVisible();
    await expect(page.locator(".retention")).toContainText("Last 30 days66.7% (2 of 3 reviews)");

    const today = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short" }).format(new Date());
    const reviews = page.getByRole("figure", { name: "Reviews per day, last 30 days" });
    await reviews.getByText("Figures: Reviews per day, last 30 days").click();
    const row = reviews.getByRole("row", { name: new RegExp(`^${today}\\b`) });
    await expect(row.getByRole("cell")).toHaveText(["2", "1", "3"]);

    const status = page.getByRole("figure", { name: "Words by status over the last 30 days" });
    await status.getByText(/^Figures:/).click();
    // New, learning, known, ignored, total at the end of today: both words are learning now.
    await expect(status.getByRole("row", { name: new RegExp(`^${today}\\b`) }).getByRole("cell")).toHaveText(["0", "2", "0", "0", "2"]);

    const forecast = page.getByRole("figure", { name: "Cards due in the next 30 days" });
    await forecast.getByText(/^Figures:/).click();
    await expect(forecast.getByRole("row")).toHaveCount(31);
  });

  test("the statistics page speaks Icelandic and is linked from the vocabulary page", async ({ page }) => {
    await seeded(page, "/is/vocabulary", [herstod()]);
    await page.getByRole("link", { name: "Framfarir þínar á myndritum" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Tölfræði" })).toBeVisible();
    await expect(page.locator(".retention")).toContainText("Engar upprifjanir enn");
    await expect(page.getByRole("figure", { name: "Spjöld á dagskrá næstu 30 daga" })).toBeVisible();
  });

  for (const theme of ["light", "dark"] as const) {
    test(`axe finds no violations on the statistics page with its figures open (${theme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await seeded(page, "/en/review", [herstod()]);
      await page.getByRole("button", { name: "Start review" }).click();
      await page.keyboard.press(" ");
      await page.keyboard.press("4");
      await open(page, "/en/stats");
      for (const summary of await page.getByText(/^Figures:/).all()) await summary.click();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id} ${v.nodes.length}`)).toEqual([]);
    });
  }
});
