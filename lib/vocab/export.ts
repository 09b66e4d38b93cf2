import type { SavedWord } from "./model";

/** The sentence a card shows: the first context, with its translation. */
const firstContext = (word: SavedWord) => word.contexts[0]!;
const tagsOf = (word: SavedWord) =>
  ["samhlida", word.pos, word.status, ...new Set(word.contexts.map((c) => c.slug))].map((tag) => tag.replace(/\s+/g, "_"));

/** Anki's plain-text import: tab-separated, with header lines naming separator, columns and tags. */
export function toAnki(words: readonly SavedWord[]): string {
  // Anki reads a field verbatim up to the next tab or newline; with html:true a newline is <br>.
  const field = (text: string) => text.replace(/\t/g, " ").replace(/\r?\n/g, "<br>");
  const header = ["#separator:tab", "#html:true", "#columns:Word\tMeaning\tSentence\tTranslation\tTags", "#tags column:5"];
  const rows = words.map((word) => {
    const context = firstContext(word);
    return [word.lemma, word.meaning, context.is, context.en, tagsOf(word).join(" ")].map(field).join("\t");
  });
  return `${[...header, ...rows].join("\n")}\n`;
}

/** RFC 4180 CSV: every field quoted, quotes doubled, CRLF line ends. */
export function toCsv(words: readonly SavedWord[]): string {
  const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;
  const header = ["lemma", "part_of_speech", "meaning", "status", "forms", "sentence", "translation", "source", "note", "saved"];
  const rows = words.map((word) => {
    const context = firstContext(word);
    return [word.lemma, word.pos, word.meaning, word.status, word.forms.join(" "), context.is, context.en, context.title, word.note, word.createdAt];
  });
  return `${[header, ...rows].map((row) => row.map(quote).join(",")).join("\r\n")}\r\n`;
}
