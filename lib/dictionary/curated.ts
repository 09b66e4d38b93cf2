import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { indexLexicon, type LexiconIndex } from "../glossary/lexicon";
import { lexicon as lexiconSchema, type LexiconEntry } from "../glossary/schema";

export const CURATED_FILES = {
  /** The articles' lexicon: every entry an article uses, and only those (tests/glossary). */
  lexicon: path.join("content", "glossary", "lexicon.json"),
  /**
   * Core vocabulary for any text: the commonest words whose dictionary meanings mislead or are
   * missing (maður "husband" first, ég and þú none at all), written by an editor.
   */
  core: path.join("content", "glossary", "core.json"),
} as const;

export function readCuratedEntries(file: string, root = process.cwd()): LexiconEntry[] {
  return lexiconSchema.parse(JSON.parse(readFileSync(/*turbopackIgnore: true*/ path.join(root, file), "utf8")));
}

/** What the meaning chain's first tier knows: the articles' lexicon, then the core vocabulary. */
export function readCuratedMeanings(root = process.cwd()): LexiconIndex {
  return indexLexicon([...readCuratedEntries(CURATED_FILES.lexicon, root), ...readCuratedEntries(CURATED_FILES.core, root)]);
}
