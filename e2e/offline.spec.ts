import { expect, test, type Page } from "@playwright/test";
import { generateDocument } from "../lib/reader/generate";
import { storeDocument, TEXTS_DB } from "../scripts/bench/store-document";
import { open } from "./support";

const ARTICLE = "/en/read/drone-attack-anbar";
const IMPORTED = "offline-e2e";
const gloss = (page: Page) => page.getByRole("tooltip");
const termOf = (page: Page, form: string) => page.locator(".term", { hasText: new RegExp(`^${form}$`) }).first();

test.describe("offline, after one visit", () => {
  // The rest of the suite blocks service workers (playwright.config.ts); this journey is about one.
  test.use({ serviceWorkers: "allow" });

  test("built-in and imported texts, saving and review work offline, and everything is kept online again", async ({ page, context }) => {
    test.setTimeout(120_000);
    // One visit: the service worker installs (precaching the app) and takes control of the page.
    await open(page, "/en");
    await page.evaluate(storeDocument, { db: TEXTS_DB, document: generateDocument({ id: IMPORTED, words: 300 }) });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
    await page.evaluate(() => navigator.serviceWorker.ready);

    await context.setOffline(true);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);

    // A built-in text, with its glosses (its document comes from the precache too).
    await open(page, ARTICLE);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Drónaárás á herstöð Bandaríkjahers í Írak");
    const word = termOf(page, "loftvarnakerfum");
    await word.focus();
    await expect(gloss(page).locator(".gloss-lemma")).toHaveText("loftvarnakerfi");
    await page.keyboard.press("s");
    await expect(gloss(page).getByRole("button", { name: "Saved" })).toHaveAttribute("aria-pressed", "true");

    // An imported text from IndexedDB, through the client route.
    await open(page, `/en/read/local?id=${IMPORTED}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Langur texti (300 orð)");
    await termOf(page, "flugvellinum").hover();
    await expect(gloss(page).locator(".gloss-lemma")).toHaveText("flugvöllur");

    // Review the word just saved.
    await open(page, "/en/review");
    await page.getByRole("button", { name: "Start review" }).click();
    await page.getByRole("button", { name: "Show answer" }).click();
    await expect(page.locator(".review-answer b")).toHaveText("loftvarnakerfi");
    await page.getByRole("button", { name: /^3 Good/ }).click();
    await expect(page.getByText(/1 reviewed/)).toBeVisible();

    // What needs the server says so, in the interface language.
    await page.goto("/is/not-stored-anywhere");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Engin nettenging");
    await expect(page.getByText("vélþýðing setninga")).toBeVisible();
    await page.goto("/en/not-stored-anywhere");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("You are offline");

    // Back online: the word, its review and the imported text are all still there.
    await context.setOffline(false);
    await open(page, "/en/vocabulary");
    const card = page.locator(".word-card", { has: page.getByRole("heading", { name: "loftvarnakerfi" }) });
    await expect(card).toContainText("Annar dróninn var skotinn niður af loftvarnakerfum");
    await expect(card.getByRole("combobox", { name: "Status of loftvarnakerfi" })).toHaveValue("learning-1");
    await open(page, `/en/read/local?id=${IMPORTED}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Langur texti (300 orð)");
  });

  test("the installable app: a manifest per language, linked from every page", async ({ page, request }) => {
    await open(page, "/is");
    const href = await page.locator("link[rel=manifest]").getAttribute("href");
    expect(href).toBe("/is/manifest.webmanifest");
    const manifest: unknown = await (await request.get(href ?? "")).json();
    expect(manifest).toMatchObject({ name: "Samhliða", start_url: "/is", display: "standalone", theme_color: "#1f5f8b", lang: "is" });
    const worker = await request.get("/serwist/sw.js");
    expect(worker.ok()).toBe(true);
    expect(worker.headers()["content-type"]).toContain("javascript");
  });
});
