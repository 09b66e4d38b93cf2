/**
 * Character rules for normalising pasted text, as data. Icelandic quotes „…“ and ‚…‘, « », the
 * en dash and the em dash are correct typography and stay as written; only look-alikes that the
 * segmenter and tokenizer do not know are mapped onto the characters they do know.
 */

/** Removed outright: invisible characters that split words or reorder display. */
export const removed: ReadonlySet<string> = new Set([
  "\u00AD", // soft hyphen
  "\u200B", // zero-width space
  "\u200C", // zero-width non-joiner
  "\u200D", // zero-width joiner
  "\u2060", // word joiner
  "\uFEFF", // byte-order mark / zero-width no-break space
  "\u200E", "\u200F", // left-to-right and right-to-left marks
  "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", // bidi embeddings and overrides
  "\u2066", "\u2067", "\u2068", "\u2069", // bidi isolates
]);

/** Control characters other than tab and line feed (C0, DEL, C1) are removed too. */
export const controlCharacter = /^[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]$/u;

/** Look-alikes mapped onto what the segmenter and tokenizer know. */
export const replacements: ReadonlyMap<string, string> = new Map([
  // spaces: no-break and typographic spaces become a plain space
  ["\u00A0", " "], ["\u2000", " "], ["\u2001", " "], ["\u2002", " "], ["\u2003", " "], ["\u2004", " "],
  ["\u2005", " "], ["\u2006", " "], ["\u2007", " "], ["\u2008", " "], ["\u2009", " "], ["\u200A", " "],
  ["\u202F", " "], ["\u205F", " "], ["\u3000", " "],
  // line and paragraph separators
  ["\u2028", "\n"], ["\u2029", "\n\n"], ["\u000B", "\n"], ["\u000C", "\n"], ["\u0085", "\n"],
  // hyphens that are not U+002D break words in two ("Anbar‐héraði")
  ["\u2010", "-"], ["\u2011", "-"], ["\u2212", "-"], ["\uFE63", "-"], ["\uFF0D", "-"],
  // dashes that are not en or em dashes
  ["\u2012", "–"], ["\u2015", "—"], ["\uFE58", "—"],
  // quote look-alikes (primes, reversed and full-width quotes)
  ["\u2033", "\""], ["\u2036", "\""], ["\u201F", "“"], ["\u301D", "„"], ["\u301E", "“"], ["\u301F", "“"], ["\uFF02", "\""],
  ["\u2032", "'"], ["\u2035", "'"], ["\u201B", "‘"], ["\uFF07", "'"],
  // full stops and ellipses in other shapes
  ["\uFE52", "."], ["\uFF0E", "."], ["\u2024", "."], ["\uFF01", "!"], ["\uFF1F", "?"],
]);
