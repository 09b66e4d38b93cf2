import { expect, test, type Page } from "@playwright/test";
import { open, reload } from "./support";

/**
 * Hostile text through the import form (issue 12's suite, the import part; the vocabulary forms
 * are in hostile.spec.ts). Any payload that ran would call alert() or set window.__pwned; a
 * page-level hook records both. The form must keep exactly what was pasted.
 */
const PAYLOADS = [
  `<script>window.__pwned="script";alert(1)</script>`,
  `<img src=x onerror="window.__pwned='img';alert(2)"><svg onload="alert(3)">`,
  `<a href="javascript:alert(4)">smelltu</a> javascript:alert(5)`,
  `\u202Eknow\u202C \u2067ðæ\u2069 hestur\u200F`,
  `hes\u200Btur\u200C\u200D\uFEFFinn`,
  `brotið \uD800 og \uDFFF hér`,
];
const HOSTILE = `Hundurinn hljóp yfir túnið og kötturinn svaf í glugganum. ${PAYLOADS.join(" ")} Börnin léku sér úti í dag.`;

async function guard(page: Page) {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __ran: string[] };
    w.__ran = [];
    window.alert = () => void w.__ran.push("alert");
  });
  return async () => {
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(await page.evaluate(() => (window as unknown as { __ran: string[] }).__ran)).toEqual([]);
    expect(await page.locator('a[href^="javascript:" i], [onerror], [onload]').count()).toBe(0);
  };
}

/** Pastes into a field the way the browser delivers a paste (lone surrogates cannot be typed). */
async function paste(page: Page, selector: string, text: string) {
  await page.locator(selector).focus();
  await page.evaluate(
    ([sel, value]) => {
      const field = document.querySelector<HTMLTextAreaElement>(sel!)!;
      Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")!.set!.call(field, value);
      field.dispatchEvent(new Event("input", { bubbles: true }));
    },
    [selector, text],
  );
}

const holds = (page: Page, selector: string, text: string) =>
  page.evaluate(([sel, value]) => document.querySelector<HTMLTextAreaElement>(sel!)!.value === value, [selector, text]);

test("markup, overrides, zero-width characters and lone surrogates are kept in the form and the draft, shown as text, never run", async ({ page }) => {
  const check = await guard(page);
  await open(page, "/en/import");
  await paste(page, "#import-text", HOSTILE);
  await paste(page, "#import-translation", `The dog ran. ${PAYLOADS.join(" ")}`);
  await expect(page.getByRole("status").filter({ hasText: "The text contains HTML or script. It will be shown as plain text and never run." })).toBeVisible();
  expect(await holds(page, "#import-text", HOSTILE)).toBe(true);
  await reload(page);
  expect(await holds(page, "#import-text", HOSTILE)).toBe(true);
  await check();

  await page.getByRole("button", { name: "Import and read" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Done" })).toBeVisible({ timeout: 60_000 });
  await page.getByRole("link", { name: "Read it" }).click();
  await expect(page.locator(".pair").first()).toContainText(`<script>window.__pwned="script";alert(1)</script>`);
  await expect(page.locator(".pair").first()).toContainText(`<a href="javascript:alert(4)">smelltu</a>`);
  // The reader still works: a word's gloss opens.
  await page.locator(".term", { hasText: /^Hundurinn$/ }).hover();
  await expect(page.getByRole("tooltip").locator(".gloss-lemma")).toHaveText("hundur");
  await check();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test("a 100,000-character single word stays in the form and the draft, and the page keeps working", async ({ page }) => {
  test.setTimeout(120_000);
  const check = await guard(page);
  const word = "ö".repeat(100_000);
  await open(page, "/en/import");
  await page.getByLabel("Icelandic text").fill(word);
  await expect(page.getByText("100,000 of 100,000 characters")).toBeVisible();
  await expect(page.locator(".import-errors")).toHaveCount(0);
  await page.getByLabel("Title", { exact: true }).fill("Langt orð");
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue("Langt orð");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await reload(page);
  expect(await holds(page, "#import-text", word)).toBe(true);
  // One character more is over the limit: refused with its message, the text kept.
  await page.getByLabel("Icelandic text").press("End");
  await page.getByLabel("Icelandic text").pressSequentially("ö");
  await page.getByRole("button", { name: "Import and read" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "The text has 100,001 characters; the limit is 100,000." })).toBeVisible();
  await check();
});
