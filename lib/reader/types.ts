import type { CompoundPart, Gender, PartOfSpeech } from "../glossary/schema";
import type { ParagraphId, SentenceId, TokenId, TokenKind } from "../text/types";

/**
 * The reader document: everything the reader page renders, plain and serialisable.
 * Built on the server from content files; client islands receive slices of it.
 */

/** A gloss as shown for one word (or phrase) in one sentence. */
export interface Gloss {
  /** Lexicon entry id, e.g. "sprengjudróni:noun". */
  entryId: string;
  lemma: string;
  pos: PartOfSpeech;
  gender?: Gender;
  /** Meanings, the one used in this sentence first. */
  meanings: string[];
  /** Grammar of the form in this sentence ("dative plural"); absent for phrases. */
  grammar?: string;
  parts?: CompoundPart[];
  note?: string;
  /** Where the lemma comes from: "bin" (BÍN via lemma-is) or "curated" (BÍN lacks it). */
  source: "bin" | "curated";
}

export interface ReaderToken {
  id: TokenId;
  text: string;
  kind: TokenKind;
  /** Offset of the token in the whole source text. */
  start: number;
  gloss?: Gloss;
  /** Ids of the phrases (multi-word expressions) this token belongs to. */
  phraseIds?: string[];
}

export interface ReaderPhrase {
  /** Unique within the document, e.g. "p1.s2.x1". */
  id: string;
  tokenIds: TokenId[];
  text: string;
  gloss: Gloss;
}

export interface ReaderSentence {
  id: SentenceId;
  text: string;
  start: number;
  end: number;
  tokens: ReaderToken[];
  phrases: ReaderPhrase[];
  translation: string;
}

export interface ReaderParagraph {
  id: ParagraphId;
  sentences: ReaderSentence[];
}

export interface ReaderDocument {
  slug: string;
  title: { is: string; en: string };
  attribution: { is: string; en: string };
  paragraphs: ReaderParagraph[];
}
