/**
 * The text model. Every piece keeps offsets into the original source string, so nothing is ever
 * rewritten: `source.slice(start, end) === text` holds for paragraphs, sentences and tokens.
 */

/** Stable ids: paragraphs "p1", sentences "p1.s2", tokens "p1.s2.t5" (all 1-based). */
export type ParagraphId = `p${number}`;
export type SentenceId = `p${number}.s${number}`;
export type TokenId = `p${number}.s${number}.t${number}`;

export interface Span {
  /** Offset of the first UTF-16 code unit in the whole source text. */
  start: number;
  /** Offset one past the last code unit. */
  end: number;
  text: string;
}

export interface Sentence extends Span {
  id: SentenceId;
}

export interface Paragraph extends Span {
  id: ParagraphId;
  sentences: Sentence[];
}

export type TokenKind = "word" | "number" | "punctuation" | "space";

export interface Token extends Span {
  id: TokenId;
  kind: TokenKind;
}

export function paragraphId(paragraphIndex: number): ParagraphId {
  return `p${paragraphIndex + 1}`;
}

export function sentenceId(paragraphIndex: number, sentenceIndex: number): SentenceId {
  return `p${paragraphIndex + 1}.s${sentenceIndex + 1}`;
}

export function tokenId(sentence: SentenceId, tokenIndex: number): TokenId {
  return `${sentence}.t${tokenIndex + 1}`;
}
