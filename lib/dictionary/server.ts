import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { indexLexicon, type LexiconIndex } from "../glossary/lexicon";
import { lexicon as lexiconSchema } from "../glossary/schema";
import { createTranslator } from "../translate/provider";
import { createMeaningChain, type MeaningChain } from "./chain";
import { loadDictionaries } from "./load";

let chain: MeaningChain | undefined;

function readLexicon(): LexiconIndex {
  const file = path.join(process.cwd(), "content", "glossary", "lexicon.json");
  return indexLexicon(lexiconSchema.parse(JSON.parse(readFileSync(/*turbopackIgnore: true*/ file, "utf8"))));
}

/**
 * The meaning chain of this server: the curated lexicon, both dictionaries, and the configured
 * translator behind its disk cache (with the default provider "none", no machine meanings).
 */
export function getMeaningChain(): MeaningChain {
  if (!chain) {
    const dictionaries = loadDictionaries();
    chain = createMeaningChain({
      lexicon: readLexicon(),
      wiktionary: dictionaries.wiktionary.index,
      apertium: dictionaries.apertium.index,
      translator: createTranslator(),
    });
  }
  return chain;
}
