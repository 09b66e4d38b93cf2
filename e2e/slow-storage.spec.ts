import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { toBackup } from "../lib/vocab/backup";
import { fromArticle, savedFrom } from "./seed";
import { open } from "./support";

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
