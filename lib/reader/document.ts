import "server-only";
import { createAnalyzer } from "../analysis/factory";
import { createLemmaIsAnalyzer } from "../analysis/lemma-is-analyzer";
import type { Analysis } from "../analysis/types";
import { loadArticle } from "../content/load";
import { CURATED_FILES, readCuratedEntries, readEditorPhrases } from "../dictionary/curated";
import { knownHeadSplitter, knownMeaningsOf } from "../dictionary/meanings-of";
import { getMeaningChain } from "../dictionary/server";
import { glossFromAnalysis } from "../glossary/analysed-words";
import { glossSentence } from "../glossary/gloss-sentence";
import { indexLexicon, type LexiconIndex } from "../glossary/lexicon";
import { lemmaIs } from "../lemma/lemma-is";
import { resolveLemmas } from "../lemma/resolve";
import type { Paragraph } from "../text/types";
import { tokenize } from "../text/tokenize";
import { buildReaderDocument } from "./build";
import type { ReaderDocument } from "./types";

let lexicon: LexiconIndex | undefined;

/** The articles' lexicon (not the core vocabulary: an article's curated glosses draw on this alone). */
export function loadLexicon(): LexiconIndex {
  lexicon ??= indexLexicon(readCuratedEntries(CURATED_FILES.lexicon));
  return lexicon;
}

/**
 * Every paragraph analysed by this server's analyser (GreynirEngine, or lemma-is without Python).
 * The worker is started for the article and closed after it, so `next build` can exit; one
 * worker, since build workers run side by side on a small machine. A paragraph the worker cannot
 * do in time falls back to lemma-is rather than failing the build.
 */
async function analyseParagraphs(paragraphs: readonly Paragraph[]): Promise<Analysis[]> {
  // A generous time limit: a build shares the machine, and a paragraph that times out loses its grammar.
  const analyzer = createAnalyzer({ SAMHLIDA_ANALYSIS_TIMEOUT_MS: "120000", ...process.env, SAMHLIDA_ANALYSIS_WORKERS: "1" });
  const fallback = createLemmaIsAnalyzer(lemmaIs());
  try {
    const analyses: Analysis[] = [];
    for (const paragraph of paragraphs) {
      analyses.push(await analyzer.analyze(paragraph.text).catch(() => fallback.analyze(paragraph.text)));
    }
    return analyses;
  } finally {
    analyzer.close();
  }
}

async function buildArticle(slug: string): Promise<ReaderDocument> {
  const article = loadArticle(slug);
  const analyses = await analyseParagraphs(article.paragraphs);
  const lemmatizer = lemmaIs();
  const ctx = { lexicon: loadLexicon(), resolve: (form: string) => resolveLemmas(form, lemmatizer) };
  const meaningsOf = knownMeaningsOf(getMeaningChain(), knownHeadSplitter(getMeaningChain(), lemmatizer));
  const phrases = readEditorPhrases();
  const paragraphOf = new Map(article.paragraphs.flatMap((paragraph, index) => paragraph.sentences.map((s) => [s.id, index] as const)));
  const curated = (sentence: Parameters<typeof glossSentence>[0], tokens: Parameters<typeof glossSentence>[1]) =>
    glossSentence(sentence, tokens, article.glosses[sentence.id] ?? [], ctx);
  return buildReaderDocument(
    {
      id: article.meta.slug,
      title: article.meta.title,
      attribution: article.meta.attribution,
      paragraphs: article.paragraphs,
      translations: article.translations,
      translationStatus: "reviewed",
    },
    {
      tokenize,
      gloss: (sentence, tokens) => {
        const index = paragraphOf.get(sentence.id) ?? 0;
        const paragraph = article.paragraphs[index]!;
        return glossFromAnalysis(analyses[index]!, paragraph.start, meaningsOf, { curated, phrases })(sentence, tokens);
      },
    },
  );
}

const documents = new Map<string, Promise<ReaderDocument>>();

/**
 * The reader document for an article, built once per process (pages are prerendered): curated
 * glosses where the editors wrote them, automatic glosses for every other word.
 */
export function getReaderDocument(slug: string): Promise<ReaderDocument> {
  let pending = documents.get(slug);
  if (!pending) {
    pending = buildArticle(slug);
    documents.set(slug, pending);
    pending.catch(() => documents.delete(slug));
  }
  return pending;
}
