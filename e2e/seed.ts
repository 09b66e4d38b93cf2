import type { Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import type { SaveInput, SavedWord } from "../lib/vocab/model";
import { addContext, saveWord } from "../lib/vocab/save";

const SLUG = "drone-attack-anbar";
const translation: { sentences: { id: string; is: string; en: string }[] } = JSON.parse(
  readFileSync(`content/articles/${SLUG}/translation.en.json`, "utf8"),
);
const TITLE = "Drónaárás á herstöð Bandaríkjahers í Írak";

/** What the reader's gloss hands to lib/vocab when a word is saved from a sentence of the article. */
export function fromArticle(form: string, lemma: string, meaning: string, sentenceId: string): SaveInput {
  const sentence = translation.sentences.find((s) => s.id === sentenceId);
  if (!sentence || !sentence.is.includes(form)) throw new Error(`${form} is not in ${sentenceId}`);
  return { entryId: `${lemma}:noun`, lemma, pos: "noun", meaning, form, context: { slug: SLUG, title: TITLE, sentenceId, is: sentence.is, en: sentence.en } };
}

/** A word saved from its first sentence, with any further sentences added as contexts. */
export function savedFrom(first: SaveInput, savedAt: Date, ...more: SaveInput[]): SavedWord {
  return more.reduce((word, input) => addContext(word, input, savedAt).word, saveWord(undefined, first, savedAt));
}

/**
 * Puts words in the browser's vocabulary, as saving them from the reader would: the journey under
 * test starts after that. The page must already have opened the store (any vocabulary page has).
 */
export async function seed(page: Page, words: SavedWord[]) {
  await page.evaluate(async (rows) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open("samhlida", 1);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction("words", "readwrite");
      for (const row of rows) tx.objectStore("words").put(row);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, words);
}
