/**
 * Drafts machine translations for an article's untranslated sentences, for a person to review.
 *   npm run translate -- <slug> [--content <dir>]
 * Writes content/articles/<slug>/translation.en.draft.json; never touches translation.en.json.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { translationFile, type TranslationFile } from "../lib/content/schema";
import { segment } from "../lib/text/segment";
import { mergeDrafts, untranslated } from "../lib/translate/drafts";
import { createTranslator } from "../lib/translate/provider";

function fail(message: string): never {
  process.stderr.write(`translate: ${message}\n`);
  process.exit(1);
}

function readTranslation(file: string): TranslationFile | undefined {
  if (!existsSync(file)) return undefined;
  const parsed = translationFile.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success) fail(`${file} is not a valid translation file: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

const args = process.argv.slice(2);
const contentIndex = args.indexOf("--content");
const root = contentIndex >= 0 ? args[contentIndex + 1] ?? fail("--content needs a folder") : path.join("content", "articles");
const slug = args.find((arg, index) => !arg.startsWith("--") && index !== contentIndex + 1);
if (!slug) fail("usage: npm run translate -- <article-slug>");

const dir = path.join(root, slug);
const sourceFile = path.join(dir, "source.is.txt");
if (!existsSync(sourceFile)) fail(`no article at ${dir}`);
const paragraphs = segment(readFileSync(sourceFile, "utf8"));
const reviewedFile = path.join(dir, "translation.en.json");
const draftFile = path.join(dir, "translation.en.draft.json");
const todo = untranslated(paragraphs, readTranslation(reviewedFile));
if (todo.length === 0) {
  process.stdout.write(`translate: every sentence of ${slug} has a reviewed translation; nothing to draft.\n`);
  process.exit(0);
}

const translator = createTranslator();
if (translator.id === "none") {
  fail("machine translation is not configured. Set SAMHLIDA_TRANSLATOR=google (see the README) and run again.");
}
const results = await translator.translate(todo.map((s) => s.text), { from: "is", to: "en" });
const drafts = todo.flatMap((sentence, index) => {
  const result = results[index];
  return result?.ok ? [{ id: sentence.id, is: sentence.text, en: result.text }] : [];
});
const order = paragraphs.flatMap((p) => p.sentences.map((s) => s.id));
const merged = mergeDrafts(readTranslation(draftFile), drafts, order);
const temporary = `${draftFile}.tmp`;
writeFileSync(temporary, `${JSON.stringify(merged, null, 2)}\n`);
renameSync(temporary, draftFile);

const failed = todo.filter((_, index) => !results[index]?.ok);
process.stdout.write(`translate: drafted ${drafts.length} of ${todo.length} sentences into ${draftFile} for review.\n`);
for (const sentence of failed) {
  const result = results[todo.indexOf(sentence)];
  process.stderr.write(`translate: ${sentence.id} failed: ${result && !result.ok ? result.error.message : "unknown"}\n`);
}
process.exitCode = failed.length > 0 ? 1 : 0;
