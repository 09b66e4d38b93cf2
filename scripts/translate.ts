/**
 * Drafts machine translations for an article's untranslated sentences, for a person to review.
 *   npm run translate -- <slug> [--content <dir>]   (the flag may come before or after the slug)
 * Writes content/articles/<slug>/translation.en.draft.json; never touches translation.en.json.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { translationFile, type TranslationFile } from "../lib/content/schema";
import { segment } from "../lib/text/segment";
import { parseTranslateArgs } from "../lib/translate/cli-args";
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

const parsed = parseTranslateArgs(process.argv.slice(2), path.join("content", "articles"));
if (!parsed.ok) fail(parsed.message);
const { slug, root } = parsed.value;

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
