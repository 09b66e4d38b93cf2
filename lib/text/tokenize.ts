import { tokenId, type Sentence, type Token, type TokenKind } from "./types";

/**
 * Words keep internal hyphens and apostrophes ("Anbar-héraði", "fréttastofa-AFP"); numbers keep
 * their separators ("2.500", "3,5"). Written by hand because tokenize-is drops offsets for some
 * tokens and splits hyphenated compounds; we need every character accounted for.
 */
const TOKEN = /(?<word>\p{L}[\p{L}\p{M}]*(?:['’-][\p{L}\p{M}]+)*)|(?<number>\d+(?:[.,]\d+)*)|(?<space>\s+)|(?<punctuation>.)/gsu;

const KINDS: readonly TokenKind[] = ["word", "number", "space", "punctuation"];

export function tokenize(sentence: Sentence): Token[] {
  const tokens: Token[] = [];
  for (const match of sentence.text.matchAll(TOKEN)) {
    const kind = KINDS.find((name) => match.groups?.[name] !== undefined) ?? "punctuation";
    const start = sentence.start + (match.index ?? 0);
    tokens.push({ id: tokenId(sentence.id, tokens.length), kind, start, end: start + match[0].length, text: match[0] });
  }
  return tokens;
}
