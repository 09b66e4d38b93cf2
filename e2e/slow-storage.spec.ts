import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { toBackup } from "../lib/vocab/backup";
import { fromArticle, savedFrom, seed } from "./seed";
import { holdArticleData, open } from "./support";

/**
 * The browser's storage can take a moment to open (a large profile, a busy disk). What a learner
 * does in that moment on the vocabulary page must wait for it, not be dropped or act on no words.
 */
async function slowStorage(page: Page, delayMs: number) {
  await page.addInitScript((delay) => {
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function (this: IDBFactory, ...args: Parameters<IDBFactory["open"]>) {
      const request = open.apply(this, args);
      const listen = request.addEventListener.bind(request);
      request.addEventListener = ((type: string, listener: EventListener, options?: AddEventListenerOptions) =>
        listen(type, type === "success" ? (event: Event) => setTimeout(() => listener.call(request, event), delay) : listener, options)) as typeof request.addEventListener;
      return request;
    };
  }, delayMs);
}

const word = savedFrom(fromArticle("loftvarnakerfum", "loftvarnakerfi", "air defence system", "p1.s2"), new Date("2026-12-01T10:00:00Z"));
const backup = toBackup([word], new Date("2026-12-01T10:00:00Z"));

test("a backup chosen before the store has opened is restored, and a backup made then holds every word", async ({ page }) => {
  await slowStorage(page, 2000);
  await open(page, "/en/vocabulary");
  await page.locator('input[type="file"]').setInputFiles({ name: "backup.json", mimeType: "application/json", buffer: Buffer.from(backup, "utf8") });
  await expect(page.getByText("Restored: 1 added, 0 merged, 0 unchanged.")).toBeVisible({ timeout: 10_000 });
  await expect(page.getByRole("heading", { name: "loftvarnakerfi" })).toBeVisible();

  // Reloaded, the word is stored; a backup asked for before the store opens again still has it.
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  const [download] = await Promise.all([page.waitForEvent("download", { timeout: 10_000 }), page.getByRole("button", { name: "Full backup (.json)" }).click()]);
  const saved: { words: { id: string; lemma: string }[] } = JSON.parse(readFileSync((await download.path())!, "utf8"));
  expect(saved.words.map((w) => w.lemma)).toEqual(["loftvarnakerfi"]);
});

const ARTICLE = "/en/read/drone-attack-anbar";
const termOf = (page: Page, form: string) => page.locator(".term", { hasText: new RegExp(`^${form}$`) }).first();
const gloss = (page: Page) => page.getByRole("tooltip");

test("a word saved and marked by key before the store has opened is saved and marked once it has, and after a reload", async ({ page }) => {
  await slowStorage(page, 4000);
  await open(page, ARTICLE);
  const html = page.locator("html");
  await termOf(page, "loftvarnakerfum").focus();
  await expect(gloss(page)).toContainText("loftvarnakerfi");
  // The store is still opening: the gloss has no Save button yet, but the keys are the learner's.
  await expect(html).not.toHaveClass(/vocab-ready/);
  await page.keyboard.press("s");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("k");
  await expect(html).toHaveClass(/vocab-ready/, { timeout: 10_000 });
  await expect(gloss(page).getByRole("button", { name: "Known" })).toHaveAttribute("aria-pressed", "true");
  await page.keyboard.press("ArrowLeft");
  await expect(gloss(page).getByRole("button", { name: "Saved" })).toHaveAttribute("aria-pressed", "true");

  await page.reload();
  await expect(html).toHaveClass(/vocab-ready/, { timeout: 10_000 });
  await expect(page.locator(".vocab-counts").first()).toContainText("Known 1");
  await termOf(page, "loftvarnakerfum").focus();
  await expect(gloss(page).getByRole("button", { name: "Saved" })).toHaveAttribute("aria-pressed", "true");
});

test("a word marked by key before the text's data has arrived is marked once it has", async ({ page }) => {
  const data = await holdArticleData(page);
  await page.goto(ARTICLE);
  const html = page.locator("html");
  await expect(html).toHaveAttribute("data-hydrated", "true");
  await expect(html).toHaveClass(/vocab-ready/);
  await termOf(page, "loftvarnakerfum").focus();
  await expect.poll(data.requested).toBe(true);
  await page.keyboard.press("2");
  await expect(html).not.toHaveAttribute("data-ready", "true");
  data.release();
  await expect(html).toHaveAttribute("data-ready", "true");
  await expect(gloss(page).getByRole("button", { name: "Learning 2" })).toHaveAttribute("aria-pressed", "true");
  // The text's counts: one word in learning (any of stages 1–4).
  await expect(page.locator(".vocab-counts").first()).toContainText("Learning 1 ·");
});

test("a word saved by key before the text's data has arrived is saved when the learner leaves for the vocabulary at once", async ({ page }) => {
  const data = await holdArticleData(page);
  await page.goto(ARTICLE);
  await expect(page.locator("html")).toHaveClass(/vocab-ready/);
  await termOf(page, "loftvarnakerfum").focus();
  await expect.poll(data.requested).toBe(true);
  await page.keyboard.press("s");
  // Within the app: the reader's components are gone before the data arrives.
  await page.getByRole("link", { name: "Vocabulary" }).click();
  await expect(page).toHaveURL(/\/en\/vocabulary$/);
  data.release();
  const card = page.locator(".word-card", { has: page.getByRole("heading", { name: "loftvarnakerfi" }) });
  await expect(card).toContainText("Annar dróninn var skotinn niður af loftvarnakerfum", { timeout: 10_000 });
});

test("a word marked by key just before the page is left is marked on the next page that opens the vocabulary", async ({ page }) => {
  const data = await holdArticleData(page);
  await page.goto(ARTICLE);
  await expect(page.locator("html")).toHaveClass(/vocab-ready/);
  await termOf(page, "loftvarnakerfum").focus();
  await expect.poll(data.requested).toBe(true);
  await page.keyboard.press("2");
  // A full page load: the first page's fetch is cancelled with it.
  await page.goto("/en/vocabulary");
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  await expect(page.getByRole("heading", { name: "loftvarnakerfi" })).toHaveCount(0);
  data.release();
  const card = page.locator(".word-card", { has: page.getByRole("heading", { name: "loftvarnakerfi" }) });
  await expect(card).toBeVisible({ timeout: 10_000 });
  await expect(card.getByRole("combobox")).toHaveValue("learning-2");
  // Finished once: nothing is left written down to apply again.
  expect(await page.evaluate(() => localStorage.getItem("samhlida.pending-marks"))).toBeNull();
});

/** Each write to the store takes `delayMs` to be confirmed, as on a slow disk. */
async function slowWrites(page: Page, delayMs: number) {
  await page.addInitScript((delay) => {
    const listen = IDBTransaction.prototype.addEventListener;
    IDBTransaction.prototype.addEventListener = function (this: IDBTransaction, type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions) {
      const delayed = (event: Event) => setTimeout(() => (typeof listener === "function" ? listener.call(this, event) : listener.handleEvent(event)), delay);
      return listen.call(this, type, type === "complete" && this.mode === "readwrite" ? delayed : listener, options);
    } as typeof IDBTransaction.prototype.addEventListener;
  }, delayMs);
}

test("a grade pressed twice while the first is being written grades the card once", async ({ page }) => {
  const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000);
  const herstod = savedFrom(fromArticle("herstöð", "herstöð", "military base", "p1.s1"), minutesAgo(30));
  const dronar = savedFrom(fromArticle("sprengjudrónum", "sprengjudróni", "explosive drone", "p1.s1"), minutesAgo(20));
  await open(page, "/en/vocabulary");
  await seed(page, [herstod, dronar]);
  await slowWrites(page, 1000);
  await open(page, "/en/review");
  await page.getByRole("button", { name: "Start review" }).click();
  await page.getByRole("button", { name: "Show answer" }).click();
  await expect(page.locator(".review-answer b")).toHaveText("herstöð");
  await page.keyboard.press("3");
  await page.keyboard.press("3");
  // Good once on a new card is FSRS's 10-minute step, inside the session's 20-minute learn-ahead:
  // herstöð comes back later in this session. (Graded twice, it would have left the session.)
  await expect(page.getByText(/1 reviewed · 2 to go/)).toBeVisible({ timeout: 10_000 });
  await expect(page.getByRole("button", { name: "Show answer" })).toBeVisible();
  // Stored: one review of herstöð, none of the card still to come.
  const reps = await page.evaluate(
    () =>
      new Promise<Record<string, number>>((resolve, reject) => {
        const request = indexedDB.open("samhlida", 1);
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const all = request.result.transaction("words").objectStore("words").getAll();
          all.onsuccess = () => resolve(Object.fromEntries(all.result.map((w: { lemma: string; reviews: unknown[] }) => [w.lemma, w.reviews.length])));
        };
      }),
  );
  expect(reps).toEqual({ "herstöð": 1, sprengjudróni: 0 });
});
