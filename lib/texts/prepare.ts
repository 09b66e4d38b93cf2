import { alignSentences } from "../align/align";
import type { Lexicon, Link } from "../align/types";
import { englishRules } from "../text/english";
import { normalizeText } from "../text/normalize";
import { layoutParagraphs } from "../text/paragraphs";
import { composeMaps, toOriginalSpan, type PositionMap } from "../text/position-map";
import { segment } from "../text/segment";
import type { Paragraph, SentenceId } from "../text/types";
import { hasErrors, sentenceCountIssues, validateInput, type InputIssue } from "./validate-input";

/**
 * The pure part of importing a text: raw Icelandic (and, optionally, its English) → checked,
 * normalised text with a map back to what was pasted → paragraphs and sentences with offsets →
 * the English split into sentences and aligned to the Icelandic ones. Analysis of the words
 * plugs in after this, on `paragraphs`.
 */
export interface PreparedSentence {
  id: SentenceId;
  /** Offsets into `PreparedText.text`. */
  start: number;
  end: number;
  text: string;
  /** Offsets into the raw Icelandic as pasted. */
  original: { start: number; end: number };
  /** Index of the row of `rows` this sentence is read in. */
  row: number;
}

/** One row of the reader: Icelandic sentences beside the English aligned to them ("" if none). */
export interface AlignedRow {
  sentenceIds: SentenceId[];
  en: string;
}

export interface PreparedText {
  /** Normalised text, one paragraph per line; every offset below points into it. */
  text: string;
  map: PositionMap;
  paragraphs: Paragraph[];
  sentences: PreparedSentence[];
  /** The English sentences, or [] without a translation. */
  english: string[];
  /** Links between indices of `sentences` and `english`, as lib/align gives them. */
  links: Link[];
  rows: AlignedRow[];
}

export type PrepareResult = { ok: true; prepared: PreparedText; issues: InputIssue[] } | { ok: false; issues: InputIssue[] };

function normalised(raw: string): { text: string; map: PositionMap } {
  const first = normalizeText(raw);
  const second = layoutParagraphs(first.text);
  return { text: second.text, map: composeMaps(first.map, second.map) };
}

function englishSentences(raw: string): string[] {
  return segment(normalised(raw).text, englishRules).flatMap((paragraph) => paragraph.sentences.map((s) => s.text));
}

/** Rows in reading order: a sentence the translation left out gets a row of its own. */
function rowsOf(links: readonly Link[], ids: readonly SentenceId[], english: readonly string[]): AlignedRow[] {
  const rows: AlignedRow[] = [];
  for (const [is, en] of links) {
    const text = en.map((k) => english[k] ?? "").join(" ");
    if (is.length === 0) {
      // English the translator added: shown beside the previous row rather than on its own.
      const previous = rows.at(-1);
      if (previous) previous.en = [previous.en, text].filter(Boolean).join(" ");
      else rows.push({ sentenceIds: [], en: text });
      continue;
    }
    rows.push({ sentenceIds: is.map((k) => ids[k]!), en: text });
  }
  return rows;
}

export function prepareText(input: { text: string; translation?: string; lexicon?: Lexicon }): PrepareResult {
  const issues = validateInput(input);
  if (hasErrors(issues)) return { ok: false, issues };
  const { text, map } = normalised(input.text);
  const paragraphs = segment(text);
  const flat = paragraphs.flatMap((paragraph) => paragraph.sentences);
  const english = input.translation?.trim() ? englishSentences(input.translation) : [];
  issues.push(...sentenceCountIssues(flat.length, english.length));
  const links: Link[] = english.length > 0 ? alignSentences(flat.map((s) => s.text), english, { lexicon: input.lexicon }) : flat.map((_, k): Link => [[k], []]);
  const rows = rowsOf(links, flat.map((s) => s.id), english);
  const rowOf = new Map(rows.flatMap((row, r) => row.sentenceIds.map((id) => [id, r] as const)));
  const sentences = flat.map((s) => ({ id: s.id, start: s.start, end: s.end, text: s.text, original: toOriginalSpan(map, s.start, s.end), row: rowOf.get(s.id) ?? 0 }));
  return { ok: true, prepared: { text, map, paragraphs, sentences, english, links, rows }, issues };
}
