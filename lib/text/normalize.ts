import { removed, controlCharacter, replacements } from "./characters";
import { MappedTextBuilder, type MappedText } from "./position-map";

/**
 * Normalises pasted text without losing the way back: NFC, CRLF/CR → LF, invisible and bidi
 * control characters removed, look-alike spaces, hyphens and quotes mapped (rules in
 * characters.ts), lone surrogates replaced by U+FFFD. `map` takes any offset of the result back to
 * the raw text, so sentences and words found later still point at what the person pasted.
 *
 * NFC is applied per base character and its combining marks, the unit that NFC composes; that is
 * what makes the map exact. (Hangul jamo sequences, which compose without combining marks, stay
 * decomposed — irrelevant for Icelandic and English.)
 */
const UNIT = /\r\n|[\s\S]\p{M}*/gu;
const LONE_SURROGATE = /^[\uD800-\uDFFF]$/u;

function rewrite(unit: string): string {
  if (unit === "\r\n" || unit === "\r") return "\n";
  const base = String.fromCodePoint(unit.codePointAt(0) ?? 0);
  if (removed.has(base) || controlCharacter.test(base)) return unit.slice(base.length).normalize("NFC");
  if (LONE_SURROGATE.test(base)) return "\uFFFD" + unit.slice(1).normalize("NFC");
  const replacement = replacements.get(base);
  if (replacement !== undefined) return replacement + unit.slice(base.length).normalize("NFC");
  return unit.normalize("NFC");
}

export function normalizeText(raw: string): MappedText {
  const builder = new MappedTextBuilder(raw.length);
  for (const match of raw.matchAll(UNIT)) {
    const start = match.index ?? 0;
    builder.push(rewrite(match[0]), start, start + match[0].length);
  }
  return builder.build();
}
