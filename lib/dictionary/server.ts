import "server-only";
import { createTranslator } from "../translate/provider";
import { createMeaningChain, type MeaningChain } from "./chain";
import { readCuratedMeanings, readMiddleVoice } from "./curated";
import { loadDictionaries } from "./load";

let chain: MeaningChain | undefined;

/**
 * The meaning chain of this server: the curated lexicon and core vocabulary, both dictionaries, and the configured
 * translator behind its disk cache (with the default provider "none", no machine meanings).
 */
export function getMeaningChain(): MeaningChain {
  if (!chain) {
    const dictionaries = loadDictionaries();
    chain = createMeaningChain({
      lexicon: readCuratedMeanings(),
      middleVoice: readMiddleVoice(),
      wiktionary: dictionaries.wiktionary.index,
      apertium: dictionaries.apertium.index,
      translator: createTranslator(),
    });
  }
  return chain;
}
