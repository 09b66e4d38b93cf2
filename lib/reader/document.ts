import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { loadArticle } from "../content/load";
import { glossSentence } from "../glossary/gloss-sentence";
import { indexLexicon, type LexiconIndex } from "../glossary/lexicon";
import { lexicon as lexiconSchema } from "../glossary/schema";
import { lemmaIs } from "../lemma/lemma-is";
import { resolveLemmas } from "../lemma/resolve";
import { tokenize } from "../text/tokenize";
import { buildReaderDocument } from "./build";
import type { ReaderDocument } from "./types";

let lexicon: LexiconIndex | undefined;

export function loadLexicon(file = path.join(process.cwd(), "content", "glossary", "lexicon.json")): LexiconIndex {
  if (!lexicon) lexicon = indexLexicon(lexiconSchema.parse(JSON.parse(readFileSync(/*turbopackIgnore: true*/ file, "utf8"))));
  return lexicon;
}

const documents = new Map<string, ReaderDocument>();

/** The reader document for an article, built once per process (pages are prerendered). */
export function getReaderDocument(slug: string): ReaderDocument {
  const cached = documents.get(slug);
  if (cached) return cached;
  const article = loadArticle(slug);
  const lemmatizer = lemmaIs();
  const ctx = { lexicon: loadLexicon(), resolve: (form: string) => resolveLemmas(form, lemmatizer) };
  const document = buildReaderDocument(
    {
      id: article.meta.slug,
      title: article.meta.title,
      attribution: article.meta.attribution,
      paragraphs: article.paragraphs,
      translations: article.translations,
      translationStatus: "reviewed",
    },
    { tokenize, gloss: (sentence, tokens) => glossSentence(sentence, tokens, article.glosses[sentence.id] ?? [], ctx) },
  );
  documents.set(slug, document);
  return document;
}
