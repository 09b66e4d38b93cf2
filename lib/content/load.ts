import "server-only";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { z } from "zod";
import { articleGlosses, type ArticleGlosses } from "../glossary/schema";
import { segment } from "../text/segment";
import type { Paragraph, SentenceId } from "../text/types";
import { articleMeta, translationFile, type ArticleMeta } from "./schema";
import { ContentError, alignTranslation, assertNfc } from "./validate";

export interface Article {
  meta: ArticleMeta;
  source: string;
  paragraphs: Paragraph[];
  translations: ReadonlyMap<SentenceId, string>;
  glosses: ArticleGlosses;
}

// Content paths are computed, so the bundler is told not to trace them (turbopackIgnore);
// next.config.js includes content/ in the server output explicitly.
const defaultRoot = () => path.join(process.cwd(), "content", "articles");

export function listArticles(root = defaultRoot()): string[] {
  return readdirSync(/*turbopackIgnore: true*/ root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(/*turbopackIgnore: true*/ path.join(root, entry.name, "source.is.txt")))
    .map((entry) => entry.name)
    .sort();
}

function readJson<T>(file: string, schema: z.ZodType<T>): T {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(/*turbopackIgnore: true*/ file, "utf8"));
  } catch (error) {
    throw new ContentError(`${file}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ContentError(`${file}: ${issue?.path.join(".") || "(root)"}: ${issue?.message ?? "invalid"}`);
  }
  return parsed.data;
}

function read(root: string, slug: string): Article {
  const dir = path.join(root, slug);
  const sourceFile = path.join(dir, "source.is.txt");
  const source = readFileSync(/*turbopackIgnore: true*/ sourceFile, "utf8");
  assertNfc(source, sourceFile);
  const meta = readJson(path.join(dir, "meta.json"), articleMeta);
  if (meta.slug !== slug) throw new ContentError(`${dir}/meta.json: slug "${meta.slug}" does not match its folder "${slug}"`);
  const paragraphs = segment(source);
  const translationPath = path.join(dir, "translation.en.json");
  const translation = readJson(translationPath, translationFile);
  if (translation.status !== "reviewed") {
    throw new ContentError(`${translationPath}: status must be "reviewed"; drafts belong in translation.en.draft.json`);
  }
  const glossesPath = path.join(dir, "glosses.json");
  return {
    meta,
    source,
    paragraphs,
    translations: alignTranslation(paragraphs, translation, translationPath),
    glosses: existsSync(/*turbopackIgnore: true*/ glossesPath) ? readJson(glossesPath, articleGlosses) : {},
  };
}

const cache = new Map<string, Article>();

/** Loads and validates an article; the static build asks for each one several times. */
export function loadArticle(slug: string, root = defaultRoot()): Article {
  const key = `${root}/${slug}`;
  let article = cache.get(key);
  if (!article) {
    article = read(root, slug);
    cache.set(key, article);
  }
  return article;
}
