import { detectLanguage } from "./detect-language";

/**
 * Checks what someone pasted before it is prepared. Returns codes, not messages: the interface
 * words them in its own language (locales/{en,is}/import.json, key `issues.<code>`), with the
 * numbers in `values`. Errors stop the import; warnings are shown and the person may go on.
 * Markup is never rejected — it is shown as text, never run — but flagged, so the person knows.
 */
export const MAX_CHARACTERS = 100_000;

export type InputField = "text" | "translation";

export type InputIssueCode =
  | "empty"
  | "too-long"
  | "binary"
  | "replacement-characters"
  | "markup"
  | "not-icelandic"
  | "language-uncertain"
  | "translation-too-long"
  | "translation-binary"
  | "translation-markup"
  | "sentence-count-mismatch";

export interface InputIssue {
  code: InputIssueCode;
  severity: "error" | "warning";
  field: InputField;
  values?: Record<string, number>;
}

/** Characters that no pasted text contains on purpose: NUL, other C0/C1 controls, U+FFFD. */
const JUNK = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFD]/gu;
/** An HTML tag (a letter right after "<", so "< 5 stig" is not one), an entity or a javascript: URL. */
const MARKUP = /<\/?[a-z][a-z0-9-]*(?:\s+[a-z-]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*\s*\/?>|&(?:nbsp|amp|lt|gt|quot|#\d+|#x[\da-f]+);|\bjavascript:/iu;

function junkIssues(text: string, field: InputField): InputIssue[] {
  const junk = text.match(JUNK) ?? [];
  if (junk.length === 0) return [];
  const share = junk.length / text.length;
  // Binary files carry NULs or a high share of junk; a few U+FFFD are a mis-decoded paste.
  if (text.includes("\u0000") || share > 0.02 || junk.length > 200) {
    return [{ code: field === "text" ? "binary" : "translation-binary", severity: "error", field, values: { count: junk.length } }];
  }
  return field === "text" ? [{ code: "replacement-characters", severity: "warning", field, values: { count: junk.length } }] : [];
}

function textIssues(text: string): InputIssue[] {
  if (text.trim() === "") return [{ code: "empty", severity: "error", field: "text" }];
  if (text.length > MAX_CHARACTERS) {
    return [{ code: "too-long", severity: "error", field: "text", values: { count: text.length, limit: MAX_CHARACTERS } }];
  }
  const issues = junkIssues(text, "text");
  if (issues.some((issue) => issue.severity === "error")) return issues;
  if (MARKUP.test(text)) issues.push({ code: "markup", severity: "warning", field: "text" });
  const language = detectLanguage(text);
  if (language.verdict === "not-icelandic") issues.push({ code: "not-icelandic", severity: "warning", field: "text" });
  if (language.verdict === "uncertain" && text.trim().split(/\s+/u).length >= 4) {
    issues.push({ code: "language-uncertain", severity: "warning", field: "text" });
  }
  return issues;
}

function translationIssues(translation: string | undefined): InputIssue[] {
  if (translation === undefined || translation.trim() === "") return [];
  if (translation.length > MAX_CHARACTERS) {
    return [{ code: "translation-too-long", severity: "error", field: "translation", values: { count: translation.length, limit: MAX_CHARACTERS } }];
  }
  const issues = junkIssues(translation, "translation");
  if (issues.length === 0 && MARKUP.test(translation)) issues.push({ code: "translation-markup", severity: "warning", field: "translation" });
  return issues;
}

export function validateInput(input: { text: string; translation?: string }): InputIssue[] {
  return [...textIssues(input.text), ...translationIssues(input.translation)];
}

/**
 * A translation whose sentence count is far from the text's is probably of another text, or
 * only part of it: warn when the smaller count is under 60 % of the larger (and they differ by
 * more than two sentences, so short texts with a merged sentence or two pass). Translations
 * merge and split sentences, so 60 % leaves room for that.
 */
export function sentenceCountIssues(icelandic: number, english: number): InputIssue[] {
  if (english === 0 || icelandic === 0) return [];
  const difference = Math.abs(icelandic - english);
  if (difference <= 2 || Math.min(icelandic, english) >= 0.6 * Math.max(icelandic, english)) return [];
  return [{ code: "sentence-count-mismatch", severity: "warning", field: "translation", values: { icelandic, english } }];
}

export const hasErrors = (issues: readonly InputIssue[]) => issues.some((issue) => issue.severity === "error");
