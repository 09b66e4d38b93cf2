import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { open, reload } from "./support";

/**
 * Hostile text through every form the app has today: the vocabulary edit form and the backup
 * restore. (The import form joins when the import page exists.) Every payload, if it ever ran,
 * would call alert() or set window.__pwned; a page-level hook records both, and the strings must
 * come back exactly as they went in.
 */
const PAYLOADS = {
  script: `<script>window.__pwned="script";alert(1)</script>`,
  handler: `<img src=x onerror="window.__pwned='img';alert(2)"><svg onload="alert(3)">`,
  link: `<a href="javascript:alert(4)">smelltu</a> javascript:alert(5)`,
  rtl: `\u202Eknow\u202C \u2067ðæ\u2069 hestur\u200F`,
  zeroWidth: `hes\u200Btur\u200C\u200D\uFEFFinn`,
  loneSurrogates: `brotið \uD800 og \uDFFF hér`,
};
const LONG_WORD = "ö".repeat(100_000);

async function guard(page: Page) {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    const record = (kind: string) => () => {
      (window as unknown as { __ran: string[] }).__ran.push(kind);
    };
    (window as unknown as { __ran: string[] }).__ran = [];
    window.alert = record("alert");
    window.confirm = () => false;
    window.prompt = () => null;
  });
  return async () => {
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(await page.evaluate(() => (window as unknown as { __ran: string[] }).__ran)).toEqual([]);
    expect(await page.locator('a[href^="javascript:" i], [onerror], [onload]').count()).toBe(0);
  };
}

const iso = "2026-11-20T10:00:00.000Z";
function hostileWord(id: string, lemma: string, meaning: string, note: string) {
  return {
    id,
    lemma,
    pos: "noun",
    meaning,
    note,
    status: "new",
    forms: [lemma],
    contexts: [
      {
        slug: "javascript:alert(6)",
        title: PAYLOADS.handler,
        sentenceId: "p1.s1",
        form: lemma,
        is: `${PAYLOADS.script} ${PAYLOADS.rtl}`,
        en: `${PAYLOADS.link} ${PAYLOADS.loneSurrogates}`,
        savedAt: iso,
      },
    ],
    card: { due: iso, stability: 0, difficulty: 0, elapsed_days: 0, scheduled_days: 0, learning_steps: 0, reps: 0, lapses: 0, state: 0 },
    createdAt: iso,
    updatedAt: iso,
  };
}

const words = [
  hostileWord("hestur:noun", "hestur", PAYLOADS.script, PAYLOADS.handler),
  hostileWord("ill:noun", PAYLOADS.zeroWidth, PAYLOADS.link, PAYLOADS.rtl),
  hostileWord("brot:noun", "brot", PAYLOADS.loneSurrogates, PAYLOADS.zeroWidth),
];
// JSON.stringify writes lone surrogates as \ud800 escapes, so the file is valid UTF-8 and JSON.
const backup = JSON.stringify({ app: "samhlida", kind: "vocabulary", version: 1, exportedAt: iso, words });

async function restore(page: Page) {
  await open(page, "/en/vocabulary");
  await page.locator('input[type="file"]').setInputFiles({ name: "hostile.json", mimeType: "application/json", buffer: Buffer.from(backup, "utf8") });
  await expect(page.getByText("Restored: 3 added, 0 merged, 0 unchanged.")).toBeVisible();
}

test.describe("hostile input", () => {
  test("a restored backup full of markup, overrides and broken text runs nothing and loses nothing", async ({ page }) => {
    const check = await guard(page);
    await restore(page);
    await reload(page);
    await expect(page.getByRole("heading", { name: "hestur", exact: true })).toBeVisible();
    await expect(page.getByRole("textbox", { name: "Meaning of hestur", exact: true })).toHaveValue(PAYLOADS.script);
    await expect(page.getByRole("textbox", { name: "Note on hestur", exact: true })).toHaveValue(PAYLOADS.handler);
    await expect(page.getByRole("textbox", { name: "Meaning of brot", exact: true })).toHaveValue(PAYLOADS.loneSurrogates);
    await expect(page.getByRole("textbox", { name: `Note on ${PAYLOADS.zeroWidth}`, exact: true })).toHaveValue(PAYLOADS.rtl);
    await expect(page.locator(".word-card").first()).toContainText("<script>");
    // Checked inside the page: the protocol to the test runner would turn lone surrogates into U+FFFD.
    expect(await page.evaluate(() => [...document.querySelectorAll("input")].some((input) => input.value === "brotið \uD800 og \uDFFF hér"))).toBe(true);
    await check();

    // The backup made now holds exactly what was restored.
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Full backup (.json)" }).click()]);
    const again: { words: typeof words } = JSON.parse(readFileSync((await download.path())!, "utf8"));
    const byId = new Map(again.words.map((w) => [w.id, w]));
    for (const word of words) {
      expect(byId.get(word.id)?.meaning).toBe(word.meaning);
      expect(byId.get(word.id)?.note).toBe(word.note);
      expect(byId.get(word.id)?.contexts[0]).toEqual(word.contexts[0]);
    }

    // The page still works: search filters, a status changes, and the javascript: slug is only a path.
    await page.getByRole("searchbox", { name: "Search" }).fill("brot");
    await expect(page.getByRole("heading", { name: "hestur", exact: true })).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "brot", exact: true })).toBeVisible();
    await page.getByRole("combobox", { name: "Status of brot", exact: true }).selectOption("known");
    await expect(page.getByRole("combobox", { name: "Status of brot", exact: true })).toHaveValue("known");
    const link = page.locator(".word-card a", { hasText: "<img" }).first();
    expect(await link.getAttribute("href")).toMatch(/^\/en\/read\/javascript:alert\(6\)#p1\.s1$/);
    await link.click();
    await expect(page).toHaveURL(/\/en\/read\/javascript:alert\(6\)#p1\.s1$/);
    await expect(page.getByText("This page could not be found.")).toBeVisible();
    await check();
  });

  test("the edit form keeps a 100,000-character word and every payload exactly, and runs none of them", async ({ page }) => {
    const check = await guard(page);
    await restore(page);
    const meaning = page.getByRole("textbox", { name: "Meaning of hestur", exact: true });
    const note = page.getByRole("textbox", { name: "Note on hestur", exact: true });
    const typedNote = `${PAYLOADS.link}\n${PAYLOADS.rtl}\n${PAYLOADS.zeroWidth}\n${PAYLOADS.loneSurrogates}\n${PAYLOADS.handler}`;
    await meaning.fill(LONG_WORD);
    await note.fill(typedNote);
    // What the field holds is what must come back (typing cannot produce a lone surrogate; the
    // restore test covers those).
    const held = await note.inputValue();
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("button", { name: "Save changes" })).toHaveCount(0);
    await reload(page);
    expect(await page.getByRole("textbox", { name: "Meaning of hestur", exact: true }).inputValue()).toBe(LONG_WORD);
    expect(await page.getByRole("textbox", { name: "Note on hestur", exact: true }).inputValue()).toBe(held);
    expect(held).toContain(PAYLOADS.rtl);
    expect(held).toContain(PAYLOADS.zeroWidth);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await check();

    // Typed with the keyboard too, as a person would: the markup stays text.
    await meaning.fill("");
    await meaning.pressSequentially(`<img src=x onerror=alert(7)>`);
    await page.getByRole("button", { name: "Save changes" }).click();
    await reload(page);
    await expect(page.getByRole("textbox", { name: "Meaning of hestur", exact: true })).toHaveValue("<img src=x onerror=alert(7)>");
    await check();
  });
});
