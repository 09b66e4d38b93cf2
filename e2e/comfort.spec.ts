import AxeBuilder from "@axe-core/playwright";
import { open, reload } from "./support";
import { expect, test, type Page } from "@playwright/test";

const ARTICLE = "/en/read/drone-attack-anbar";

async function chooseSetting(page: Page, group: string, option: string) {
  const settings = page.locator("details.reading-settings");
  if (!(await settings.evaluate((el) => (el as HTMLDetailsElement).open))) {
    await page.getByText("Reading settings").click();
  }
  await page.getByRole("group", { name: group }).getByRole("radio", { name: option }).check();
}

test.describe("reading modes", () => {
  test("interleaved puts each English sentence under its Icelandic one, and persists", async ({ page }) => {
    await open(page, ARTICLE);
    await chooseSetting(page, "Reading mode", "Interleaved");
    const pair = page.locator(".pair").first();
    const is = await pair.locator("p.sentence-is").boundingBox();
    const en = await pair.locator("p.sentence-en").boundingBox();
    expect(is && en && en.y >= is.y + is.height - 1 && Math.abs(en.x - is.x) < 40).toBe(true);
    await reload(page);
    await expect(page.locator("html")).toHaveAttribute("data-mode", "interleaved");
  });

  test("Icelandic only hides translations and reveals one on demand", async ({ page }) => {
    await open(page, ARTICLE);
    await chooseSetting(page, "Reading mode", "Icelandic only");
    await expect(page.locator("p.sentence-en").nth(1)).toBeHidden();
    const second = page.locator(".pair").nth(1);
    await second.getByRole("button", { name: "Show translation" }).click();
    await expect(second.locator("p.sentence-en")).toBeVisible();
    await expect(second.getByRole("button", { name: "Hide translation" })).toHaveAttribute("aria-expanded", "true");
    await expect(page.locator("p.sentence-en").nth(2)).toBeHidden();
  });
});

test.describe("keyboard", () => {
  test("n and p move between sentences, t reveals, g opens a gloss, arrows move between words", async ({ page }) => {
    await open(page, ARTICLE);
    await chooseSetting(page, "Reading mode", "Icelandic only");
    await page.keyboard.press("Escape");
    await page.locator("h1").click();
    await page.keyboard.press("n");
    await expect(page.locator(".pair").first()).toBeFocused();
    await page.keyboard.press("n");
    await expect(page.locator(".pair").nth(1)).toBeFocused();
    await page.keyboard.press("p");
    await expect(page.locator(".pair").first()).toBeFocused();
    await page.keyboard.press("t");
    await expect(page.locator(".pair").first().locator("p.sentence-en")).toBeVisible();
    await page.keyboard.press("g");
    const firstTerm = page.locator(".pair").first().locator(".term").first();
    await expect(firstTerm).toBeFocused();
    await expect(page.getByRole("tooltip")).toBeVisible();
    await page.keyboard.press("ArrowRight");
    await expect(page.locator(".pair").first().locator(".term").nth(1)).toBeFocused();
  });

  test("h switches hints and ? lists the shortcuts", async ({ page }) => {
    await open(page, ARTICLE);
    await page.locator("h1").click();
    await page.keyboard.press("h");
    await expect(page.locator("html")).toHaveAttribute("data-hints", "off");
    await page.keyboard.press("h");
    await expect(page.locator("html")).toHaveAttribute("data-hints", "on");
    await page.keyboard.press("?");
    const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText("Next sentence");
    // Every key is listed, the word keys too, and none twice.
    for (const action of ["Save the focused word", "learning 1", "learning 4", "Mark the focused word: known", "ignored"]) {
      await expect(dialog).toContainText(action);
    }
    const keys = await dialog.locator("kbd").allTextContents();
    expect(new Set(keys).size).toBe(keys.length);
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
  });

  test("focus is always visible", async ({ page }) => {
    await open(page, ARTICLE);
    await page.keyboard.press("Tab");
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press("Tab");
      const outline = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return "none";
        const style = getComputedStyle(el);
        return style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2 ? "visible" : `${el.tagName}:${style.outlineStyle}`;
      });
      expect(outline).toBe("visible");
    }
  });
});

test.describe("listening", () => {
  async function stubSpeech(page: Page, voices: { lang: string; name: string }[]) {
    await page.addInitScript((list) => {
      const spoken: { text: string; lang: string }[] = [];
      (window as unknown as { __spoken: typeof spoken }).__spoken = spoken;
      class FakeUtterance {
        text: string;
        lang = "";
        voice: unknown = null;
        onstart: (() => void) | null = null;
        onend: (() => void) | null = null;
        onerror: (() => void) | null = null;
        constructor(text: string) {
          this.text = text;
        }
      }
      const queue: FakeUtterance[] = [];
      Object.defineProperty(window, "SpeechSynthesisUtterance", { value: FakeUtterance, configurable: true });
      Object.defineProperty(window, "speechSynthesis", {
        configurable: true,
        value: {
          getVoices: () => list.map((v) => ({ ...v, localService: true, default: false, voiceURI: v.name })),
          speak: (u: FakeUtterance) => {
            spoken.push({ text: u.text, lang: u.lang });
            queue.push(u);
            if (queue.length === 1) u.onstart?.();
          },
          cancel: () => (queue.length = 0),
          addEventListener: () => undefined,
        },
      });
    }, voices);
  }

  test("with an Icelandic voice, a sentence is read in Icelandic and highlighted", async ({ page }) => {
    await stubSpeech(page, [
      { lang: "en-US", name: "Samantha" },
      { lang: "is-IS", name: "Dóra" },
    ]);
    await open(page, ARTICLE);
    const pair = page.locator('.pair[id="p3.s1"]');
    await pair.hover();
    await pair.getByRole("button", { name: "Listen to this sentence" }).click();
    await expect(pair).toHaveClass(/speaking/);
    const spoken = await page.evaluate(() => (window as unknown as { __spoken: { text: string; lang: string }[] }).__spoken);
    expect(spoken).toEqual([{ text: "Enginn hefur lýst yfir ábyrgð á árásinni.", lang: "is-IS" }]);
  });

  test("without an Icelandic voice, it says so instead of reading", async ({ page }) => {
    await stubSpeech(page, [{ lang: "en-US", name: "Samantha" }]);
    await open(page, ARTICLE);
    await page.getByRole("button", { name: "Listen to the text" }).click();
    await expect(page.getByRole("status")).toContainText("no Icelandic voice");
    const spoken = await page.evaluate(() => (window as unknown as { __spoken: unknown[] }).__spoken);
    expect(spoken).toEqual([]);
  });
});

test.describe("themes and type", () => {
  test("dark theme follows the system and can be overridden; text size persists", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await open(page, ARTICLE);
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const dark = await background();
    await chooseSetting(page, "Theme", "Light");
    const light = await background();
    expect(light).not.toBe(dark);
    await reload(page);
    expect(await background()).toBe(light);

    const size = () => page.locator("p.sentence-is").first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const before = await size();
    await page.getByText("Reading settings").click();
    await page.getByRole("button", { name: "Larger text" }).click();
    expect(await size()).toBeGreaterThan(before);
    await reload(page);
    expect(await size()).toBeGreaterThan(before);
  });
});

test.describe("line spacing and print", () => {
  test("line spacing changes the text's leading and persists", async ({ page }) => {
    await open(page, ARTICLE);
    const leading = () => page.locator("p.sentence-is").first().evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
    const before = await leading();
    await page.getByText("Reading settings").click();
    await page.getByRole("combobox", { name: "Line spacing" }).selectOption({ label: "Airy" });
    expect(await leading()).toBeGreaterThan(before);
    await reload(page);
    expect(await leading()).toBeGreaterThan(before);
  });

  test("prints the aligned text without the interface or glosses", async ({ page }) => {
    await open(page, ARTICLE);
    await page.emulateMedia({ media: "print" });
    await expect(page.locator(".site-header")).toBeHidden();
    await expect(page.locator(".reader-toolbar")).toBeHidden();
    await expect(page.locator(".pair-actions").first()).toBeHidden();
    await expect(page.locator("p.sentence-en").first()).toBeVisible();
    const first = page.locator(".pair").first();
    const is = await first.locator("p.sentence-is").boundingBox();
    const en = await first.locator("p.sentence-en").boundingBox();
    expect(is && en && en.x > is.x).toBe(true);
    await page.locator(".term").first().hover();
    await expect(page.locator(".gloss").first()).toBeHidden();
  });
});

test.describe("phones at 320 px", () => {
  test.use({ viewport: { width: 320, height: 640 }, hasTouch: true });

  test("no horizontal scroll, 44 px targets, glosses fit and close by tapping elsewhere", async ({ page }) => {
    await open(page, ARTICLE);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    for (const button of await page.locator(".reader-toolbar button:visible").all()) {
      const box = await button.boundingBox();
      expect(box && box.height >= 44 && box.width >= 44).toBe(true);
    }
    const word = page.locator(".term", { hasText: /^loftvarnakerfum$/ });
    await word.tap();
    const gloss = page.getByRole("tooltip");
    await expect(gloss).toBeVisible();
    const box = await gloss.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 320).toBe(true);
    await page.locator("h1").tap();
    await expect(gloss).toHaveCount(0);
  });
});

test.describe("accessibility", () => {
  for (const lng of ["en", "is"] as const) {
    for (const theme of ["light", "dark"] as const) {
      test(`axe finds no violations (${lng}, ${theme})`, async ({ page }) => {
        // Four pages and five full scans: slower than one journey, especially on two cores.
        test.setTimeout(120_000);
        await page.emulateMedia({ colorScheme: theme });
        // A saved word, so the vocabulary and review pages are scanned with content.
        await open(page, `/${lng}/read/drone-attack-anbar`);
        await expect(page.locator("html")).toHaveClass(/vocab-ready/);
        await page.locator(".term").first().focus();
        await page.keyboard.press("s");
        await expect(page.getByRole("tooltip").getByRole("button", { name: "Saved" }).or(page.getByRole("tooltip").getByRole("button", { name: "Vistað" }))).toHaveAttribute("aria-pressed", "true");
        for (const path of [`/${lng}`, `/${lng}/read/drone-attack-anbar`, `/${lng}/vocabulary`, `/${lng}/review`]) {
          await open(page, path);
          await expect(page.locator("main")).not.toBeEmpty();
          const results = await new AxeBuilder({ page }).analyze();
          expect(results.violations.map((v) => `${path}: ${v.id} ${v.nodes.length}`)).toEqual([]);
          if (path.includes("/read/")) {
            // Again with a gloss open, so its text and buttons are checked too.
            await page.locator(".term", { hasText: /^loftvarnakerfum$/ }).focus();
            await expect(page.getByRole("tooltip")).toBeVisible();
            const open = await new AxeBuilder({ page }).include("#reader-gloss").analyze();
            expect(open.violations.map((v) => `${path} gloss: ${v.id} ${v.nodes.length}`)).toEqual([]);
          }
        }
      });
    }
  }
});
