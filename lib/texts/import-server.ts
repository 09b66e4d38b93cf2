import "server-only";
import { getAnalyzer } from "../analysis/factory";
import { serverAnalysis } from "../analysis/version";
import { alignLexicon } from "../dictionary/align-lexicon";
import { readEditorPhrases } from "../dictionary/curated";
import { loadDictionaries } from "../dictionary/load";
import { knownHeadSplitter, knownMeaningsOf } from "../dictionary/meanings-of";
import { getMeaningChain } from "../dictionary/server";
import { lemmaIs } from "../lemma/lemma-is";
import { resolveLemmas } from "../lemma/resolve";
import { createTranslator } from "../translate/provider";
import type { ImportHandlerDeps } from "./import-handler";

type Pipeline = ReturnType<ImportHandlerDeps["pipeline"]>;
let pipeline: Pipeline | undefined;

/**
 * The import pipeline of this server, built on the first import: the shared analyser (one worker
 * pool per process), the meaning chain, the dictionaries as the aligner's anchors, and the
 * configured translator (used only when no translation was pasted and it is not "none").
 */
export function importPipeline(): Pipeline {
  if (pipeline) return pipeline;
  const dictionaries = loadDictionaries();
  const lemmatizer = lemmaIs();
  const translator = createTranslator();
  pipeline = {
    analyzer: getAnalyzer(),
    analysis: serverAnalysis(),
    meaningsOf: knownMeaningsOf(getMeaningChain(), knownHeadSplitter(getMeaningChain(), lemmatizer)),
    phrases: readEditorPhrases(),
    lexicon: alignLexicon([dictionaries.wiktionary.index, dictionaries.apertium.index], (form) => [
      ...new Set(resolveLemmas(form, lemmatizer).filter((c) => c.via !== "form").map((c) => c.lemma)),
    ]),
    machine: translator.id !== "none",
    translate: async (sentences) => (await translator.translate(sentences, { from: "is", to: "en" })).map((result) => (result.ok ? result.text : "")),
  };
  return pipeline;
}
