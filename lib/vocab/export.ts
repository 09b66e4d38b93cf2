import type { SavedWord } from "./model";

const tagsOf = (word: SavedWord) =>
  ["samhlida", word.pos, word.status, ...new Set(word.contexts.map((c) => c.slug))].map((tag) => tag.replace(/\s+/g, "_"));

/** Text made inert for a field Anki reads as HTML: a meaning from a restored backup can never run there. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/**
 * Anki's plain-text import, one note per word: tab-separated, with header lines naming
 * separator, columns and tags. Fields are HTML (escaped text); every context is kept, one per
 * line (<br>) in Sentence and the same line of Translation.
 */
export function toAnki(words: readonly SavedWord[]): string {
  // Anki reads a field verbatim up to the next tab or newline, so both become HTML.
  const field = (text: string) => escapeHtml(text.replace(/\t/g, " ")).replace(/\r?\n/g, "<br>");
  const lines = (texts: readonly string[]) => texts.map(field).join("<br>");
  const header = ["#separator:tab", "#html:true", "#columns:Word\tMeaning\tSentence\tTranslation\tTags", "#tags column:5"];
  const rows = words.map((word) =>
    [field(word.lemma), field(word.meaning), lines(word.contexts.map((c) => c.is)), lines(word.contexts.map((c) => c.en)), field(tagsOf(word).join(" "))].join("\t"),
  );
  return `${[...header, ...rows].join("\n")}\n`;
}

/**
 * A spreadsheet would run a cell that starts with = + - @ (or tab/CR) as a formula, so such a
 * cell gets a leading apostrophe, as OWASP advises; the text after it is unchanged.
 */
export function neutralise(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/**
 * RFC 4180 CSV: every field quoted, quotes doubled, CRLF line ends, and a UTF-8 byte-order mark
 * so spreadsheets read Icelandic letters. A word's contexts share its row, one per line in the
 * sentence, translation and source cells, in the same order.
 */
export function toCsv(words: readonly SavedWord[]): string {
  const quote = (text: string) => `"${neutralise(text).replace(/"/g, '""')}"`;
  const header = ["lemma", "part_of_speech", "meaning", "status", "forms", "sentence", "translation", "source", "note", "saved"];
  const rows = words.map((word) => {
    const each = (pick: (c: SavedWord["contexts"][number]) => string) => word.contexts.map(pick).join("\n");
    return [word.lemma, word.pos, word.meaning, word.status, word.forms.join(" "), each((c) => c.is), each((c) => c.en), each((c) => c.title), word.note, word.createdAt];
  });
  return `\uFEFF${[header, ...rows].map((row) => row.map(quote).join(",")).join("\r\n")}\r\n`;
}
