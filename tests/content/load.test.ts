import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { listArticles, loadArticle } from "@/lib/content/load";
import { tempDir } from "../support/temp-dir";

const SOURCE = "Hann kom í gær. Hún fór.\nEnginn sá það";
const meta = { slug: "test", title: { is: "Prófun", en: "Test" }, attribution: { is: "Við", en: "Us" }, language: "is" };
const good = [
  { id: "p1.s1", is: "Hann kom í gær.", en: "He came yesterday." },
  { id: "p1.s2", is: "Hún fór.", en: "She left." },
  { id: "p2.s1", is: "Enginn sá það", en: "No one saw it" },
];

function article(files: { source?: string; translation?: unknown; meta?: unknown; raw?: string }) {
  const root = tempDir("samhlida-content-");
  const dir = path.join(root, "test");
  mkdirSync(dir);
  writeFileSync(path.join(dir, "source.is.txt"), files.source ?? SOURCE);
  writeFileSync(path.join(dir, "meta.json"), JSON.stringify(files.meta ?? meta));
  writeFileSync(
    path.join(dir, "translation.en.json"),
    files.raw ?? JSON.stringify({ language: "en", status: "reviewed", sentences: files.translation ?? good }),
  );
  return root;
}

const load = (root: string) => () => loadArticle("test", root);

describe("loading an article", () => {
  it("aligns every sentence with its translation", () => {
    const loaded = loadArticle("test", article({}));
    expect(loaded.paragraphs).toHaveLength(2);
    expect([...loaded.translations.entries()]).toEqual(good.map((s) => [s.id, s.en]));
    expect(loaded.glosses).toEqual({});
  });

  it("rejects a missing translation, naming the sentence", () => {
    expect(load(article({ translation: good.slice(0, 2) }))).toThrow(/p2\.s1 has no translation: «Enginn sá það»/);
  });

  it("rejects an extra translation", () => {
    const extra = [...good, { id: "p3.s1", is: "Aukalega.", en: "Extra." }];
    expect(load(article({ translation: extra }))).toThrow(/translation p3\.s1 has no Icelandic sentence/);
  });

  it("rejects a misaligned translation, showing both texts", () => {
    const swapped = [good[1], good[0], good[2]].map((s, i) => ({ ...s!, id: good[i]!.id }));
    expect(load(article({ translation: swapped }))).toThrow(/p1\.s1: .*«Hún fór\.» does not match the source «Hann kom í gær\.»/);
  });

  it("rejects duplicates and sentences out of order", () => {
    expect(load(article({ translation: [good[0], good[0], good[1], good[2]] }))).toThrow(/p1\.s1 is translated twice/);
    expect(load(article({ translation: [good[1], good[0], good[2]] }))).toThrow(/p1\.s1 is out of order/);
  });

  it("rejects an empty translation, naming the file and field", () => {
    const empty = good.map((s, i) => (i === 1 ? { ...s, en: "  " } : s));
    expect(load(article({ translation: empty }))).toThrow(/translation\.en\.json: sentences\.1\.en/);
  });

  it("rejects a file that is not JSON", () => {
    expect(load(article({ raw: "{ not json" }))).toThrow(/translation\.en\.json: not valid JSON/);
  });

  it("rejects a draft where a reviewed translation belongs", () => {
    expect(load(article({ raw: JSON.stringify({ language: "en", status: "draft", sentences: good }) }))).toThrow(/status must be "reviewed"/);
  });

  it("rejects a source that is not NFC", () => {
    const decomposed = SOURCE.replace("í", "i\u0301");
    expect(load(article({ source: decomposed }))).toThrow(/not in Unicode NFC/);
  });

  it("rejects metadata whose slug does not match its folder", () => {
    expect(load(article({ meta: { ...meta, slug: "other" } }))).toThrow(/does not match its folder/);
  });

  it("lists article folders", () => {
    expect(listArticles(article({}))).toEqual(["test"]);
  });
});

describe("the first article", () => {
  it("loads with 13 paragraphs and 17 translated sentences", () => {
    const loaded = loadArticle("drone-attack-anbar");
    expect(loaded.paragraphs).toHaveLength(13);
    expect(loaded.translations.size).toBe(17);
    expect(loaded.translations.get("p6.s1")).toContain("2,500");
    expect(loaded.translations.get("p11.s1")).toContain("were killed");
    expect(loaded.translations.get("p1.s2")).toContain("shot down");
  });
});
