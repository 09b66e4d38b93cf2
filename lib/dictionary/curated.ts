import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { indexLexicon, type LexiconIndex } from "../glossary/lexicon";
import { lexicon as lexiconSchema, type LexiconEntry } from "../glossary/schema";
import { indexMiddleVoice, middleVoiceList, type MiddleVoiceIndex } from "./middle-voice";

export const CURATED_FILES = {
  /** The articles' lexicon: every entry an article uses, and only those (tests/glossary). */
  lexicon: path.join("content", "glossary", "lexicon.json"),
  /**
   * Core vocabulary for any text: the commonest words whose dictionary meanings mislead or are
   * missing (maður "husband" first, ég and þú none at all), written by an editor.
   */
  core: path.join("content", "glossary", "core.json"),
  /** Fixed expressions for any text ("eins og", "taka þátt í"), written by an editor. */
  phrases: path.join("content", "glossary", "phrases.json"),
  /** What verbs mean in the middle voice (finna → finnast 'think'), by their BÍN headword. */
  middleVoice: path.join("content", "glossary", "middle-voice.json"),
} as const;

export function readCuratedEntries(file: string, root = process.cwd()): LexiconEntry[] {
  return lexiconSchema.parse(JSON.parse(readFileSync(path.join(/*turbopackIgnore: true*/ root, file), "utf8")));
}

/** Every fixed expression an editor wrote, the articles' and those for any text, found by lemma in every analysed text. */
export function readEditorPhrases(root = process.cwd()): LexiconIndex {
  const articles = readCuratedEntries(CURATED_FILES.lexicon, root).filter((entry) => entry.pos === "phrase");
  return indexLexicon([...articles, ...readCuratedEntries(CURATED_FILES.phrases, root)]);
}

export function readMiddleVoice(root = process.cwd()): MiddleVoiceIndex {
  return indexMiddleVoice(middleVoiceList.parse(JSON.parse(readFileSync(path.join(/*turbopackIgnore: true*/ root, CURATED_FILES.middleVoice), "utf8"))));
}

/** What the meaning chain's first tier knows: the articles' lexicon, then the core vocabulary. */
export function readCuratedMeanings(root = process.cwd()): LexiconIndex {
  return indexLexicon([...readCuratedEntries(CURATED_FILES.lexicon, root), ...readCuratedEntries(CURATED_FILES.core, root)]);
}
